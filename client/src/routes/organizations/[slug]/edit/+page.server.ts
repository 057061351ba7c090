import { error, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { formText } from '$lib/forms';
import { query } from '$lib/server/graphql';
import { limits } from '$lib/server/limits';
import { chosenFile, uploadImageFromForm } from '$lib/media/upload.server';
import { refused, run, versionOf } from '$lib/diagnosis/actions.server';
import {
  accessOf,
  contactValues,
  kindMissing,
  kindOf,
  organizationValues,
} from '$lib/components/organizations/organization-form';
import { organizationIdOf } from '$lib/components/organizations/organization-id.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const OrganizationEditPage = graphql(`
  query OrganizationEditPage($slug: String!) {
    viewer {
      kind
    }
    organization(slug: $slug) {
      id
      slug
      name
      viewerCanManage
      membersMayCoSign
      ...ProfileForm_Organization
      members {
        access
        role
        createdAt
        person {
          id
          displayName
        }
      }
      invitations {
        id
        email
        createdAt
        expiresAt
        invitedBy {
          displayName
        }
      }
      joinRequests {
        id
        message
        createdAt
        person {
          displayName
        }
      }
    }
  }
`);

const UpdateOrganization = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      organization {
        ...ProfileForm_Organization
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const SetMembersMayCoSign = graphql(`
  mutation SetMembersMayCoSign($organizationId: ID!, $allowed: Boolean!) {
    setMembersMayCoSign(organizationId: $organizationId, allowed: $allowed) {
      organization {
        id
        membersMayCoSign
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const InviteMember = graphql(`
  mutation InviteMember($organizationId: ID!, $email: String) {
    inviteMember(organizationId: $organizationId, email: $email) {
      link
      invitation {
        id
        email
        expiresAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const RevokeInvitation = graphql(`
  mutation RevokeInvitation($invitationId: ID!) {
    revokeInvitation(invitationId: $invitationId) {
      invitation {
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

const SetMemberAccess = graphql(`
  mutation SetMemberAccess($organizationId: ID!, $personId: ID!, $access: MembershipAccess!) {
    setMemberAccess(organizationId: $organizationId, personId: $personId, access: $access) {
      membership {
        access
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const RemoveMember = graphql(`
  mutation RemoveMember($organizationId: ID!, $personId: ID!) {
    removeMember(organizationId: $organizationId, personId: $personId) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const AcceptJoinRequest = graphql(`
  mutation AcceptJoinRequest($requestId: ID!) {
    acceptJoinRequest(requestId: $requestId) {
      joinRequest {
        id
        state
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const DeclineJoinRequest = graphql(`
  mutation DeclineJoinRequest($requestId: ID!) {
    declineJoinRequest(requestId: $requestId) {
      joinRequest {
        id
        state
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const [result, accepted] = await Promise.all([
    query(event, OrganizationEditPage, { slug: event.params.slug }),
    limits(event),
  ]);
  if (!result.organization.viewerCanManage) {
    if (result.viewer?.kind !== 'PERSON') redirect(303, `/signin?redirectTo=${encodeURIComponent(event.url.pathname)}`);
    error(403, 'Its managers and admins only');
  }
  return {
    organization: result.organization,
    created: event.url.searchParams.has('created'),
    imageLimits: { imageMaxBytes: accepted.imageMaxBytes, imageAcceptedTypes: accepted.imageAcceptedTypes },
  };
};

const organizationId = (event: RequestEvent) => organizationIdOf(event, event.params.slug);

export const actions: Actions = {
  profile: async (event) => {
    const data = await event.request.formData();
    const expectedVersion = versionOf(data);
    const values = { ...organizationValues(data), ...contactValues(data), version: expectedVersion };
    const kind = kindOf(values.kind);
    if (expectedVersion === null) return refused(400, 'profile', null, values, { error: 'BAD_USER_INPUT' });
    if (!kind) return refused(400, 'profile', null, values, { userErrors: [kindMissing(event.locals.lang)] });
    const { version: _, ...fields } = values;
    // A logo chosen goes to the API first (it checks the bytes); the profile then names it.
    let logoImageId: string | null | undefined = data.has('removeLogo') ? null : undefined;
    const file = chosenFile(data, 'logo');
    if (file) {
      const sent = await uploadImageFromForm(event, file);
      if (!sent.image) {
        const problem = { error: sent.failure?.code ?? null, userErrors: sent.userErrors };
        return refused(sent.failure?.status ?? 400, 'profile', null, values, problem);
      }
      logoImageId = sent.image.id;
    }
    const input = { ...fields, kind, expectedVersion, organizationId: await organizationId(event), logoImageId };
    return run(
      event,
      { action: 'profile', id: null, values },
      UpdateOrganization,
      { input },
      (d) => d.updateOrganization,
      // Someone saved meanwhile: nothing was, and the profile as it now is goes back beside what
      // was typed (kept), to be sent again with its version.
      (p) => ({
        current: p.userErrors.some((e) => e.code === 'ORGANIZATION_CHANGED') ? (p.organization ?? null) : null,
      }),
    );
  },

  cosign: async (event) => {
    const allowed = formText(await event.request.formData(), 'allowed') === 'true';
    return run(
      event,
      { action: 'cosign', id: null, values: {} },
      SetMembersMayCoSign,
      { organizationId: await organizationId(event), allowed },
      (d) => d.setMembersMayCoSign,
    );
  },

  invite: async (event) => {
    const email = formText(await event.request.formData(), 'email', { max: 2_000 });
    return run(
      event,
      { action: 'invite', id: null, values: { email } },
      InviteMember,
      { organizationId: await organizationId(event), email: email || null },
      (d) => d.inviteMember,
      (p) =>
        p.link && p.invitation
          ? { made: { link: p.link, expiresAt: p.invitation.expiresAt, email: p.invitation.email ?? null } }
          : {},
    );
  },

  revoke: async (event) => {
    const invitationId = formText(await event.request.formData(), 'invitationId');
    return run(
      event,
      { action: 'revoke', id: invitationId, values: {} },
      RevokeInvitation,
      { invitationId },
      (d) => d.revokeInvitation,
    );
  },

  access: async (event) => {
    const data = await event.request.formData();
    const personId = formText(data, 'personId');
    const access = accessOf(formText(data, 'access'));
    if (!access) return refused(400, 'access', personId, {}, { error: 'BAD_USER_INPUT' });
    return run(
      event,
      { action: 'access', id: personId, values: {} },
      SetMemberAccess,
      { organizationId: await organizationId(event), personId, access },
      (d) => d.setMemberAccess,
    );
  },

  remove: async (event) => {
    const personId = formText(await event.request.formData(), 'personId');
    return run(
      event,
      { action: 'remove', id: personId, values: {} },
      RemoveMember,
      { organizationId: await organizationId(event), personId },
      (d) => d.removeMember,
    );
  },

  acceptJoin: async (event) => {
    const requestId = formText(await event.request.formData(), 'requestId');
    return run(
      event,
      { action: 'acceptJoin', id: requestId, values: {} },
      AcceptJoinRequest,
      { requestId },
      (d) => d.acceptJoinRequest,
    );
  },

  declineJoin: async (event) => {
    const requestId = formText(await event.request.formData(), 'requestId');
    return run(
      event,
      { action: 'declineJoin', id: requestId, values: {} },
      DeclineJoinRequest,
      { requestId },
      (d) => d.declineJoinRequest,
    );
  },
};
