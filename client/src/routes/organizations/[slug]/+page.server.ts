import { graphql } from '$lib/graphql/generated';
import { query } from '$lib/server/graphql';
import { run } from '$lib/diagnosis/actions.server';
import { noteOf } from '$lib/components/organizations/organization-form';
import { organizationIdOf } from '$lib/components/organizations/organization-id.server';
import type { Actions, PageServerLoad } from './$types';

const OrganizationPage = graphql(`
  query OrganizationPage($slug: String!) {
    viewer {
      kind
    }
    organization(slug: $slug) {
      id
      viewerCanManage
      viewerCanRequestToJoin
      viewerAccess
      viewerJoinRequest {
        state
        createdAt
      }
      slug
      name
      kind
      description
      website
      logo {
        url(width: 320)
        width
        height
      }
      commune
      territory {
        slug
        name
      }
      members {
        role
        person {
          id
          displayName
        }
      }
      partnerships {
        role
        note
        portrait {
          id
          ...PortraitCard_Portrait
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const result = await query(event, OrganizationPage, { slug: event.params.slug });
  return { viewer: result.viewer, organization: result.organization, welcome: event.url.searchParams.has('welcome') };
};

const RequestToJoin = graphql(`
  mutation RequestToJoin($organizationId: ID!, $message: String!) {
    requestToJoin(organizationId: $organizationId, message: $message) {
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

export const actions: Actions = {
  join: async (event) => {
    const message = noteOf(await event.request.formData(), 'message');
    return run(
      event,
      { action: 'join', id: null, values: { message } },
      RequestToJoin,
      { organizationId: await organizationIdOf(event, event.params.slug), message },
      (d) => d.requestToJoin,
    );
  },
};
