import { STAGES } from '$lib/domain';
import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import { enumParam, pageArgs, param } from '$lib/url';
import type { PageServerLoad } from './$types';

const PortraitsPage = graphql(`
  query PortraitsPage($filter: PortraitFilter, $first: Int, $after: String, $last: Int, $before: String) {
    portraits(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...PortraitCard_Portrait
      }
    }
    viewer {
      canWritePortraits
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
    ...pageArgs(url, 12),
  });
  const mayWrite = result.viewer?.canWritePortraits ?? false;
  return { filters, mayWrite, ...result };
};
