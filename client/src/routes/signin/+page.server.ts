import { fail, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { formText, safeRedirect, transportCap } from '$lib/forms';
import { mutate } from '$lib/server/graphql';
import { limits, limitsIfKnown } from '$lib/server/limits';
import type { Actions, PageServerLoad } from './$types';

const SignIn = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      viewer {
        kind
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { viewer } = await event.parent();
  const redirectTo = safeRedirect(event.url.searchParams.get('redirectTo'), event.url.origin);
  if (viewer?.kind === 'PERSON') redirect(303, redirectTo);
  // What the form says it accepts, as the API checks it.
  return { redirectTo, limits: await limits(event) };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const known = await limitsIfKnown(event);
    const email = formText(data, 'email', { max: transportCap(known?.emailMax) });
    const password = formText(data, 'password', { trim: false, max: transportCap(known?.passwordMax) });
    const redirectTo = safeRedirect(formText(data, 'redirectTo'), event.url.origin);
    const result = await mutate(event, SignIn, { input: { email, password } });
    if (result.failure) return fail(result.failure.status, { email, error: result.failure.code });
    const { viewer, userErrors } = result.data.signIn;
    if (!viewer || userErrors.length > 0) {
      return fail(400, { email, userErrors });
    }
    redirect(303, redirectTo);
  },
};
