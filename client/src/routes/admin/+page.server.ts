import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import { enumParam, pageArgs, param } from '$lib/url';
import { PLATFORM_ROLES } from '$lib/components/organizations/organization-form';
import { decision } from '$lib/components/organizations/organization-requests.server';
import { requireAdmin } from './admin.server';
import type { Actions, PageServerLoad } from './$types';

const AdminPage = graphql(`
  query AdminPage($search: String, $role: PlatformRole, $first: Int, $after: String, $last: Int, $before: String) {
    people(search: $search, role: $role, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        email
        person {
          id
          displayName
          role
          isDemo
          memberships {
            access
            organization {
              slug
              name
            }
          }
        }
      }
    }
    organizationRequests(state: PENDING) {
      id
      name
      kind
      description
      website
      createdAt
      requester {
        displayName
      }
    }
  }
`);

const PAGE_SIZE = 25;

export const load: PageServerLoad = async (event) => {
  await requireAdmin(event);
  const { url } = event;
  const filters = { q: param(url, 'q'), role: enumParam(url, 'role', PLATFORM_ROLES) };
  const result = await query(event, AdminPage, {
    search: filters.q,
    role: filters.role,
    ...pageArgs(url, PAGE_SIZE),
  });
  return { filters, people: result.people, requests: result.organizationRequests };
};

export const actions: Actions = {
  approve: decision(true),
  decline: decision(false),
};
