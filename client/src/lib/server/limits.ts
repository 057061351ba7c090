import { isHttpError, type RequestEvent } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import type { FormLimitsQuery } from '$lib/graphql/generated/graphql';
import { query } from './graphql';

/** Every limit the site's forms say, as the API publishes them: the one place the site reads them. */
const FormLimits = graphql(`
  query FormLimits {
    limits {
      contributionBodyMax
      reasonMin
      reasonMax
      questionMin
      questionMax
      reopenWindowHours
      passwordMin
      passwordMax
      displayNameMin
      displayNameMax
      emailMax
      signUpLinkHours
      findingTitleMin
      findingTitleMax
      findingStatementMin
      findingStatementMax
      findingNoteMax
      findingNeighbourhoodsMax
      storyTitleMin
      storyTitleMax
      storySummaryMax
      storyBodyMin
      storyBodyMax
      storyTellerNameMin
      storyTellerNameMax
      storyTellerRoleMax
      portrait {
        nameMin
        nameMax
        summaryMax
        communeMax
        textMax
        websiteMax
        labelMax
        unitMax
        periodMax
        euAxisMax
        noteMax
        altMin
        altMax
      }
      changesNoteMin
      changesNoteMax
      imageMaxBytes
      imageAcceptedTypes
    }
  }
`);

export type Limits = FormLimitsQuery['limits'];

type Event = Pick<RequestEvent, 'fetch' | 'url'>;

/**
 * The limits are the same for everyone and change only when the API is deployed again (which
 * checks them anyway): read once, then again after `ttlMs`. Requests that arrive while they are
 * being read wait for that one answer; a failed read is not kept.
 */
export function cachedLimits(read: (event: Event) => Promise<Limits>, ttlMs: number, now = () => Date.now()) {
  let cached: { limits: Promise<Limits>; until: number } | null = null;
  return (event: Event): Promise<Limits> => {
    if (!cached || now() >= cached.until) {
      const limits = read(event);
      const entry = { limits, until: now() + ttlMs };
      cached = entry;
      limits.catch(() => {
        if (cached === entry) cached = null;
      });
    }
    return cached.limits;
  };
}

/** The API's limits, for a page's load: an API that cannot say is an error page, as for any read. */
export const limits = cachedLimits(async (event) => (await query(event, FormLimits, {})).limits, 10 * 60_000);

/**
 * For a form action, which must answer with the form whatever happens: null when the API cannot
 * say (its mutation will fail the same way, and the action says so).
 */
export async function limitsIfKnown(event: Event): Promise<Limits | null> {
  try {
    return await limits(event);
  } catch (error) {
    if (isHttpError(error)) return null;
    throw error;
  }
}
