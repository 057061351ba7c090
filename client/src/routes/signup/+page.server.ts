import { fail, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { formText, safeRedirect } from '$lib/forms';
import { mutate, query } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

const SignUp = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      confirmationSent
      email
      userErrors {
        field
        message
      }
    }
  }
`);

/** What the form says it accepts, as the API checks it. */
const SignUpLimits = graphql(`
  query SignUpLimits {
    limits {
      passwordMin
      passwordMax
      displayNameMin
      displayNameMax
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { viewer } = await event.parent();
  const { url } = event;
  if (viewer?.kind === 'PERSON') redirect(303, safeRedirect(url.searchParams.get('redirectTo'), url.origin));
  return { limits: (await query(event, SignUpLimits, {})).limits };
};

export const actions: Actions = {
  /** Ends on "check your inbox": the account is created from the link mailed to the address. */
  default: async (event) => {
    const data = await event.request.formData();
    const displayName = formText(data, 'displayName', { max: 200 });
    const email = formText(data, 'email', { max: 320 });
    const password = formText(data, 'password', { trim: false });
    const result = await mutate(event, SignUp, { input: { displayName, email, password } });
    if (result.failure) return fail(result.failure.status, { displayName, email, error: result.failure.code });
    const { confirmationSent, userErrors } = result.data.signUp;
    if (!confirmationSent || userErrors.length > 0) {
      return fail(400, { displayName, email, userErrors });
    }
    return { sentTo: result.data.signUp.email ?? email };
  },
};
