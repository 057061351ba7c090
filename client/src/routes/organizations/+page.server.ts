import { ORGANIZATION_KINDS } from '$lib/domain';
import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import { enumParam, pageArgs, param } from '$lib/url';
import type { PageServerLoad } from './$types';

const OrganizationsPage = graphql(`
  query OrganizationsPage($filter: OrganizationFilter, $first: Int, $after: String, $last: Int, $before: String) {
    viewer {
      kind
      role
    }
    organizations(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...OrganizationCard_Organization
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
    kind: enumParam(url, 'kind', ORGANIZATION_KINDS),
    territory: param(url, 'territory'),
    q: param(url, 'q'),
  };
  const result = await query(event, OrganizationsPage, {
    filter: { kind: filters.kind, territory: filters.territory, search: filters.q },
    ...pageArgs(url, 24),
  });
  return { filters, ...result };
};
