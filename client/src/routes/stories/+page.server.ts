import { STORY_KINDS } from '$lib/domain';
import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import { enumParam, pageArgs, param } from '$lib/url';
import type { PageServerLoad } from './$types';

const StoriesPage = graphql(`
  query StoriesPage($filter: StoryFilter, $first: Int, $after: String, $last: Int, $before: String) {
    stories(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...StoryCard_Story
      }
    }
    territories(first: 100) {
      nodes {
        slug
        name
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { url } = event;
  const filters = {
    kind: enumParam(url, 'kind', STORY_KINDS),
    territory: param(url, 'territory'),
  };
  const result = await query(event, StoriesPage, {
    filter: { kind: filters.kind, territory: filters.territory },
    ...pageArgs(url, 12),
  });
  return { filters, ...result };
};
