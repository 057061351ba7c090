import { error, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { mutate, query } from '$lib/server/graphql';
import { refused, run } from '$lib/diagnosis/actions.server';
import { kindMissing, kindOf, organizationValues } from '$lib/components/organizations/organization-form';
import type { Actions, PageServerLoad } from './$types';

const NewOrganizationPage = graphql(`
  query NewOrganizationPage {
    viewer {
      kind
      role
    }
    viewerOrganizationRequests {
      id
      name
      kind
      state
      note
      createdAt
      decidedAt
      organization {
        slug
        name
      }
    }
  }
`);

const CreateOrganization = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
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

const RequestOrganization = graphql(`
  mutation RequestOrganization($input: RequestOrganizationInput!) {
    requestOrganization(input: $input) {
      request {
        id
        name
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
  const result = await query(event, NewOrganizationPage, {});
  const viewer = result.viewer;
  if (viewer?.kind !== 'PERSON') redirect(303, `/signin?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  // Residents take part as themselves; the API refuses them the request too.
  if (viewer.role === 'RESIDENT') error(403, 'Stakeholders, coordinators and admins only');
  return { isAdmin: viewer.role === 'ADMIN', requests: result.viewerOrganizationRequests };
};

async function fieldsOf(request: Request) {
  const values = organizationValues(await request.formData());
  return { values, kind: kindOf(values.kind) };
}

export const actions: Actions = {
  create: async (event) => {
    const { values, kind } = await fieldsOf(event.request);
    if (!kind) return refused(400, 'create', null, values, { userErrors: [kindMissing(event.locals.lang)] });
    const result = await mutate(event, CreateOrganization, { input: { ...values, kind } });
    if (result.failure) return refused(result.failure.status, 'create', null, values, { error: result.failure.code });
    const { organization, userErrors } = result.data.createOrganization;
    if (!organization || userErrors.length > 0) return refused(400, 'create', null, values, { userErrors });
    // Next: its profile, and its first members.
    redirect(303, `/organizations/${organization.slug}/edit?created=1`);
  },

  request: async (event) => {
    const { values, kind } = await fieldsOf(event.request);
    if (!kind) return refused(400, 'request', null, values, { userErrors: [kindMissing(event.locals.lang)] });
    return run(
      event,
      { action: 'request', id: null, values },
      RequestOrganization,
      { input: { ...values, kind } },
      (d) => d.requestOrganization,
      (p) => ({ requested: p.request?.name ?? null }),
    );
  },
};
