import { ORGANIZATION_KINDS } from '$lib/domain';
import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import { enumParam, param } from '$lib/url';
import type { PageServerLoad } from './$types';

const OrganizationsPage = graphql(`
  query OrganizationsPage($filter: OrganizationFilter, $after: String) {
    organizations(filter: $filter, first: 24, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
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
    after: param(url, 'after'),
  });
  return { filters, ...result };
};
