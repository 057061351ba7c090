import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

const TerritoryPage = graphql(`
  query TerritoryPage($slug: String!) {
    territory(slug: $slug) {
      id
      slug
      name
      kind
      region
      description
      neighbourhoods {
        slug
        name
        commune
      }
      themes {
        slug
        name
        nameEn
      }
      diagnoses {
        id
        slug
        period
        title
        summary
        status
        periodStart
        periodEnd
        validatedAt
        isDemo
        findings {
          id
          position
          ...FindingItem_Finding
        }
      }
      portraits {
        id
        ...PortraitCard_Portrait
      }
      workshops {
        id
        ...WorkshopCard_Workshop
      }
      organizations {
        id
        ...OrganizationCard_Organization
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const result = await query(event, TerritoryPage, { slug: event.params.slug });
  return { territory: result.territory };
};
