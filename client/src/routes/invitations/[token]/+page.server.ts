import { redirect } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { found, mutate, query } from '$lib/server/graphql';
import { refused } from '$lib/diagnosis/actions.server';
import type { Actions, PageServerLoad } from './$types';

const InvitationPage = graphql(`
  query InvitationPage($token: String!) {
    viewer {
      kind
      displayName
    }
    invitation(token: $token) {
      state
      expiresAt
      organization {
        slug
        name
        kind
        viewerAccess
      }
    }
  }
`);

const AcceptInvitation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      organization {
        slug
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

// The link is the address of this page, as the API makes it: reading it changes nothing, only
// the button (a POST) uses it, so a mail client's preview cannot spend the invitation.
export const load: PageServerLoad = async (event) => {
  const result = await query(event, InvitationPage, { token: event.params.token });
  return { viewer: result.viewer, invitation: found(result.invitation) };
};

export const actions: Actions = {
  accept: async (event) => {
    const result = await mutate(event, AcceptInvitation, { token: event.params.token });
    if (result.failure) return refused(result.failure.status, 'accept', null, {}, { error: result.failure.code });
    const { organization, userErrors } = result.data.acceptInvitation;
    if (!organization || userErrors.length > 0) return refused(400, 'accept', null, {}, { userErrors });
    redirect(303, `/organizations/${organization.slug}?welcome=1`);
  },
};
