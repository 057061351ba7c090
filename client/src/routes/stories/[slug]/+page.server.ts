import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

const StoryPage = graphql(`
  query StoryPage($slug: String!) {
    story(slug: $slug) {
      id
      slug
      title
      kind
      summary
      bodyHtml
      publishedAt
      publicationState
      isDemo
      authoring {
        viewerCanEdit
      }
      teller {
        name
        role
      }
      territory {
        slug
        name
      }
      portrait {
        slug
        name
        summary
        ...PortraitCard_Portrait
      }
      findings {
        id
        title
        diagnosis {
          slug
          title
          territory {
            slug
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const result = await query(event, StoryPage, { slug: event.params.slug });
  return { story: result.story };
};
