import type { RequestEvent } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { formText } from '$lib/forms';
import { run } from '$lib/diagnosis/actions.server';
import { noteOf } from './organization-form';

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

/** An admin approves or declines an organization request (`requestId`, `note`): on /admin and « À relire ». */
export function decision(approve: boolean) {
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
