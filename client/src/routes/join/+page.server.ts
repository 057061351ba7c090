import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { graphql } from '$lib/graphql/generated';
import { formText, transportCap } from '$lib/forms';
import { translate } from '$lib/i18n';
import { mutate, query } from '$lib/server/graphql';
import { limits, limitsIfKnown } from '$lib/server/limits';
import { normalizeJoinCode } from '$lib/live/join-code';
import type { Actions, PageServerLoad } from './$types';

const JoinLookup = graphql(`
  query JoinLookup($code: String!) {
    workshopByCode(code: $code) {
      slug
      title
      status
    }
  }
`);

const JoinWorkshop = graphql(`
  mutation JoinWorkshop($code: String!, $displayName: String!) {
    joinWorkshop(code: $code, displayName: $displayName) {
      workshop {
        slug
      }
      userErrors {
        field
        message
      }
    }
  }
`);

async function lookup(event: RequestEvent, code: string) {
  if (!code) return null;
  return (await query(event, JoinLookup, { code })).workshopByCode;
}

export const load: PageServerLoad = async (event) => {
  const code = normalizeJoinCode(event.url.searchParams.get('code'));
  // What the form says it accepts, as the API checks it.
  const [workshop, accepted] = await Promise.all([lookup(event, code), limits(event)]);
  return { code, workshop, limits: accepted };
};

export const actions: Actions = {
  /**
   * With a display name: a guest session for that workshop. Without one (a signed-in person
   * only enters the code): straight to the workshop's live board.
   */
  default: async (event) => {
    const data = await event.request.formData();
    const code = normalizeJoinCode(formText(data, 'code', { max: 40 }));
    const asGuest = data.has('displayName');
    const displayName = formText(data, 'displayName', {
      max: transportCap((await limitsIfKnown(event))?.displayNameMax),
    });
    const values = { code, displayName };
    if (!asGuest) {
      const workshop = await lookup(event, code);
      if (!workshop) {
        // A look-up, not a mutation: no user error of the API words this one.
        const message = translate(event.locals.lang, 'join.codeUnknown');
        return fail(400, { values, userErrors: [{ field: 'code', message }] });
      }
      redirect(303, resolve('/workshops/[slug]/live', { slug: workshop.slug }));
    }
    const result = await mutate(event, JoinWorkshop, { code, displayName });
    if (result.failure) return fail(result.failure.status, { values, error: result.failure.code });
    const { workshop, userErrors } = result.data.joinWorkshop;
    if (!workshop || userErrors.length > 0) return fail(400, { values, userErrors });
    redirect(303, resolve('/workshops/[slug]/live', { slug: workshop.slug }));
  },
};
