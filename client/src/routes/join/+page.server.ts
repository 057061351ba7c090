import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { graphql } from '$lib/graphql/generated';
import { formText } from '$lib/forms';
import { translate } from '$lib/i18n';
import { mutate, query } from '$lib/server/graphql';
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
  return { code, workshop: await lookup(event, code) };
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
    const displayName = formText(data, 'displayName', { max: 200 });
    const values = { code, displayName };
    const lang = event.locals.lang;
    if (!code) {
      return fail(400, { values, userErrors: [{ field: 'code', message: translate(lang, 'join.codeMissing') }] });
    }
    if (!asGuest) {
      const workshop = await lookup(event, code);
      if (!workshop) {
        return fail(400, { values, userErrors: [{ field: 'code', message: translate(lang, 'join.codeUnknown') }] });
      }
      redirect(303, resolve('/workshops/[slug]/live', { slug: workshop.slug }));
    }
    if (!displayName) {
      return fail(400, {
        values,
        userErrors: [{ field: 'displayName', message: translate(lang, 'join.nameMissing') }],
      });
    }
    const result = await mutate(event, JoinWorkshop, { code, displayName });
    if (result.failure) return fail(result.failure.status, { values, error: result.failure.code });
    const { workshop, userErrors } = result.data.joinWorkshop;
    if (!workshop || userErrors.length > 0) return fail(400, { values, userErrors });
    redirect(303, resolve('/workshops/[slug]/live', { slug: workshop.slug }));
  },
};
