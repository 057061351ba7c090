import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import { param } from '$lib/url';
import type { PageServerLoad } from './$types';

const TerritoriesPage = graphql(`
  query TerritoriesPage($after: String) {
    territories(first: 24, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...TerritoryCard_Territory
      }
    }
  }
`);

export const load: PageServerLoad = async (event) =>
  query(event, TerritoriesPage, { after: param(event.url, 'after') });
