import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

const OrganizationPage = graphql(`
  query OrganizationPage($slug: String!) {
    organization(slug: $slug) {
      id
      slug
      name
      kind
      description
      website
      commune
      territory {
        slug
        name
      }
      members {
        role
        person {
          id
          displayName
        }
      }
      partnerships {
        role
        note
        portrait {
          id
          ...PortraitCard_Portrait
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const result = await query(event, OrganizationPage, { slug: event.params.slug });
  return { organization: result.organization };
};
