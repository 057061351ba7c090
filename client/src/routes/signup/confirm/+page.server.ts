import { fail, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { formText } from '$lib/forms';
import { mutate } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

const ConfirmSignUp = graphql(`
  mutation ConfirmSignUp($token: String!) {
    confirmSignUp(token: $token) {
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

/**
 * Opening the link only shows a button: mail scanners and link previews fetch links, and must not
 * use the token up. The account is created when the person presses it (a POST).
 */
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token')?.slice(0, 200) ?? '' });

export const actions: Actions = {
  default: async (event) => {
    const token = formText(await event.request.formData(), 'token', { max: 200 });
    const result = await mutate(event, ConfirmSignUp, { token });
    if (result.failure) return fail(result.failure.status, { error: result.failure.code });
    const { viewer, userErrors } = result.data.confirmSignUp;
    if (!viewer || userErrors.length > 0) return fail(400, { userErrors });
    redirect(303, '/');
  },
};
