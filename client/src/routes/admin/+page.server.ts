import { graphql } from '$lib/graphql/generated';
import { formText } from '$lib/forms';
import { query } from '$lib/server/graphql';
import { enumParam, pageArgs, param } from '$lib/url';
import { run } from '$lib/diagnosis/actions.server';
import { noteOf, PLATFORM_ROLES } from '$lib/components/organizations/organization-form';
import { requireAdmin } from './admin.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

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

const ApproveOrganizationRequest = graphql(`
  mutation ApproveOrganizationRequest($requestId: ID!, $note: String!) {
    approveOrganizationRequest(requestId: $requestId, note: $note) {
      request {
        id
        organization {
          slug
          name
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const DeclineOrganizationRequest = graphql(`
  mutation DeclineOrganizationRequest($requestId: ID!, $note: String!) {
    declineOrganizationRequest(requestId: $requestId, note: $note) {
      request {
        id
      }
      userErrors {
        code
        field
        message
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

function decision(approve: boolean) {
  return async (event: RequestEvent) => {
    const data = await event.request.formData();
    const requestId = formText(data, 'requestId');
    const note = noteOf(data, 'note');
    const form = { action: 'decide', id: requestId, values: { note } };
    return approve
      ? run(
          event,
          form,
          ApproveOrganizationRequest,
          { requestId, note },
          (d) => d.approveOrganizationRequest,
          (p) => ({ approved: p.request?.organization ?? null }),
        )
      : run(event, form, DeclineOrganizationRequest, { requestId, note }, (d) => d.declineOrganizationRequest);
  };
}

export const actions: Actions = {
  approve: decision(true),
  decline: decision(false),
};
