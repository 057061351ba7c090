import { fail, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { formText, safeRedirect, transportCap } from '$lib/forms';
import { mutate } from '$lib/server/graphql';
import { limits, limitsIfKnown } from '$lib/server/limits';
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

export const load: PageServerLoad = async (event) => {
  const { viewer } = await event.parent();
  const { url } = event;
  if (viewer?.kind === 'PERSON') redirect(303, safeRedirect(url.searchParams.get('redirectTo'), url.origin));
  // What the form says it accepts, as the API checks it (and how long the mailed link works).
  return { limits: await limits(event) };
};

export const actions: Actions = {
  /** Ends on "check your inbox": the account is created from the link mailed to the address. */
  default: async (event) => {
    const data = await event.request.formData();
    const known = await limitsIfKnown(event);
    const displayName = formText(data, 'displayName', { max: transportCap(known?.displayNameMax) });
    const email = formText(data, 'email', { max: transportCap(known?.emailMax) });
    const password = formText(data, 'password', { trim: false, max: transportCap(known?.passwordMax) });
    const result = await mutate(event, SignUp, { input: { displayName, email, password } });
    if (result.failure) return fail(result.failure.status, { displayName, email, error: result.failure.code });
    const { confirmationSent, userErrors } = result.data.signUp;
    if (!confirmationSent || userErrors.length > 0) {
      return fail(400, { displayName, email, userErrors });
    }
    return { sentTo: result.data.signUp.email ?? email };
  },
};
