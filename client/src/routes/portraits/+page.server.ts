import { STAGES } from '$lib/domain';
import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import { enumParam, param } from '$lib/url';
import type { PageServerLoad } from './$types';

const PortraitsPage = graphql(`
  query PortraitsPage($filter: PortraitFilter, $first: Int, $after: String) {
    portraits(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        ...PortraitCard_Portrait
      }
    }
    themes {
      slug
      name
      nameEn
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
    theme: param(url, 'theme'),
    territory: param(url, 'territory'),
    stage: enumParam(url, 'stage', STAGES),
    q: param(url, 'q'),
  };
  const result = await query(event, PortraitsPage, {
    filter: {
      theme: filters.theme,
      territory: filters.territory,
      stage: filters.stage,
      search: filters.q,
    },
    first: 12,
    after: param(url, 'after'),
  });
  return { filters, ...result };
};
