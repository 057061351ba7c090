import { fail, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { mutate } from '$lib/server/graphql';
import type { Actions } from './$types';

const SignOut = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const actions: Actions = {
  /** Revokes the session on the API, which clears its cookie; then home. */
  default: async (event) => {
    const result = await mutate(event, SignOut, {});
    if (result.failure) return fail(result.failure.status, { error: result.failure.code });
    redirect(303, '/');
  },
};
