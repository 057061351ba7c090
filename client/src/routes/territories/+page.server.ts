import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import { pageArgs } from '$lib/url';
import type { PageServerLoad } from './$types';

const TerritoriesPage = graphql(`
  query TerritoriesPage($first: Int, $after: String, $last: Int, $before: String) {
    territories(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...TerritoryCard_Territory
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => query(event, TerritoriesPage, pageArgs(event.url, 24));
