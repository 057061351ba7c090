import { fail, type RequestEvent } from '@sveltejs/kit';
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { graphql } from '$lib/graphql/generated';
import type { ContributionKind } from '$lib/graphql/generated/graphql';
import { formText, transportCap, type ApiErrorCode, type FieldError } from '$lib/forms';
import { translate } from '$lib/i18n';
import { CONTRIBUTION_KINDS } from '$lib/live/contribution';
import { promote } from '$lib/diagnosis/promotion.server';
import { mutate, query } from '$lib/server/graphql';
import { limits, limitsIfKnown } from '$lib/server/limits';
import type { Actions, PageServerLoad } from './$types';

const LiveBoardPage = graphql(`
  query LiveBoardPage($slug: String!) {
    workshop(slug: $slug) {
      id
      slug
      title
      viewerTakesPart
      viewerIsCoordinator
      viewerCanPost
      viewerVotedIds
      ...LiveStart_Workshop
      themes {
        slug
        name
        nameEn
      }
      contributions(first: 500) {
        ...BoardItem_Contribution
        replies {
          ...BoardItem_Contribution
        }
      }
    }
    themes {
      slug
      name
      nameEn
    }
  }
`);

/** What a coordinator promotes the board's contributions into; read only for coordinators. */
const BoardPromotion = graphql(`
  query BoardPromotion($slug: String!) {
    workshop(slug: $slug) {
      diagnosis {
        id
        viewerCanCoordinate
        findings {
          id
          title
          status
        }
      }
    }
  }
`);

const PostContribution = graphql(`
  mutation PostContribution($input: PostContributionInput!) {
    postContribution(input: $input) {
      contribution {
        moderationState
        ...BoardItem_Contribution
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const VoteContribution = graphql(`
  mutation VoteContribution($id: ID!) {
    voteContribution(id: $id) {
      contribution {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const UnvoteContribution = graphql(`
  mutation UnvoteContribution($id: ID!) {
    unvoteContribution(id: $id) {
      contribution {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const EditContribution = graphql(`
  mutation EditContribution($id: ID!, $body: String!, $expectedVersion: Int) {
    editContribution(id: $id, body: $body, expectedVersion: $expectedVersion) {
      contribution {
        id
        body
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const WithdrawContribution = graphql(`
  mutation WithdrawContribution($id: ID!) {
    withdrawContribution(id: $id) {
      userErrors {
        field
        message
      }
    }
  }
`);

const ReportContribution = graphql(`
  mutation ReportContribution($id: ID!, $reason: String!) {
    reportContribution(id: $id, reason: $reason) {
      contribution {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

/** The forms of one contribution on the board, named as they post (`?/reply`…). */
export type ItemAction = 'reply' | 'edit' | 'withdraw' | 'report';

/** What was sent, kept for the form when the action is refused. */
interface ItemValues {
  body?: string;
  reason?: string;
  /** The version an edit started from (null: sent without one, not checked). */
  version?: number | null;
}

/** A contribution as it now is, when an edit started from an older version (CONTRIBUTION_CHANGED). */
export interface ItemCurrent {
  body: string;
  version: number;
}

/** A refused item action: the form it came from shows why, with what was typed. */
function refused(
  status: number,
  action: ItemAction,
  id: string,
  values: ItemValues,
  problem: { error?: ApiErrorCode; userErrors?: FieldError[]; current?: ItemCurrent | null },
) {
  return fail(status, {
    item: {
      action,
      id,
      values,
      error: problem.error ?? null,
      userErrors: problem.userErrors ?? [],
      current: problem.current ?? null,
    },
  });
}

/** Runs the mutation of an item's form; its answer is the form's outcome. */
async function itemAction<Data, Variables extends AnyVariables>(
  event: RequestEvent,
  action: ItemAction,
  id: string,
  values: ItemValues,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  payload: (data: Data) => { userErrors: FieldError[] },
) {
  const result = await mutate(event, document, variables);
  if (result.failure) return refused(result.failure.status, action, id, values, { error: result.failure.code });
  const { userErrors } = payload(result.data);
  if (userErrors.length > 0) return refused(400, action, id, values, { userErrors });
  return { item: { action, id, done: true as const } };
}

export const load: PageServerLoad = async (event) => {
  const [{ workshop, themes }, accepted] = await Promise.all([
    query(event, LiveBoardPage, { slug: event.params.slug }),
    limits(event),
  ]);
  const diagnosis = workshop.viewerIsCoordinator
    ? (await query(event, BoardPromotion, { slug: event.params.slug })).workshop.diagnosis
    : null;
  return {
    workshop,
    // The workshop's own themes first; all of them when it has none.
    themeChoices: workshop.themes.length > 0 ? workshop.themes : themes,
    // Whoever takes part sees the composer, also while the session is paused.
    takesPart: workshop.viewerTakesPart,
    // What its forms accept, as the API checks it.
    limits: accepted,
    promotion: diagnosis?.viewerCanCoordinate ? diagnosis : null,
  };
};

/** A contribution's text as typed (the API trims it, and judges whether it is empty or too long). */
async function bodyOf(event: RequestEvent, data: FormData): Promise<string> {
  const max = (await limitsIfKnown(event))?.contributionBodyMax;
  return formText(data, 'body', { trim: false, max: transportCap(max) });
}

/** The version a form says it started from: a GraphQL `Int`, or null (then the API checks none). */
function versionOf(data: FormData): number | null {
  const raw = formText(data, 'version');
  const version = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  return version <= 2 ** 31 - 1 ? version : null;
}

export const actions: Actions = {
  promote,
  post: async (event) => {
    const data = await event.request.formData();
    const rawKind = formText(data, 'kind');
    const kind = (CONTRIBUTION_KINDS as readonly string[]).includes(rawKind) ? (rawKind as ContributionKind) : null;
    const body = await bodyOf(event, data);
    const themeSlugs = data.getAll('themes').filter((v): v is string => typeof v === 'string');
    const values = { kind: rawKind, body, themeSlugs };
    // Without one of the four kinds the API cannot even be asked (its type admits no other).
    if (!kind) {
      const message = translate(event.locals.lang, 'composer.kindMissing');
      return fail(400, { post: { values, userErrors: [{ field: 'kind', message }] } });
    }

    const result = await mutate(event, PostContribution, {
      input: {
        workshopId: formText(data, 'workshopId'),
        kind,
        body,
        promptId: formText(data, 'promptId') || null,
        themeSlugs,
      },
    });
    if (result.failure) return fail(result.failure.status, { post: { values, error: result.failure.code } });
    const payload = result.data.postContribution;
    if (!payload.contribution || payload.userErrors.length > 0) {
      return fail(400, { post: { values, userErrors: payload.userErrors } });
    }
    return { post: { contribution: payload.contribution, moderationState: payload.contribution.moderationState } };
  },

  reply: async (event) => {
    const data = await event.request.formData();
    const id = formText(data, 'parentId');
    const body = await bodyOf(event, data);
    const rawKind = formText(data, 'kind');
    const kind = (CONTRIBUTION_KINDS as readonly string[]).includes(rawKind) ? (rawKind as ContributionKind) : 'IDEA';
    const result = await mutate(event, PostContribution, {
      input: { workshopId: formText(data, 'workshopId'), parentId: id, kind, body },
    });
    if (result.failure) return refused(result.failure.status, 'reply', id, { body }, { error: result.failure.code });
    const payload = result.data.postContribution;
    if (!payload.contribution || payload.userErrors.length > 0) {
      return refused(400, 'reply', id, { body }, { userErrors: payload.userErrors });
    }
    return { item: { action: 'reply' as const, id, done: true as const, contribution: payload.contribution } };
  },

  edit: async (event) => {
    const data = await event.request.formData();
    const id = formText(data, 'id');
    const body = await bodyOf(event, data);
    const expectedVersion = versionOf(data);
    const values = { body, version: expectedVersion };
    const result = await mutate(event, EditContribution, { id, body, expectedVersion });
    if (result.failure) return refused(result.failure.status, 'edit', id, values, { error: result.failure.code });
    const { contribution, userErrors } = result.data.editContribution;
    if (userErrors.length > 0) {
      // Changed since the author started: nothing was saved, and the API says what it is now, for
      // the form to show beside what they typed (kept) and to send with its version next time.
      const changed = userErrors.some((e) => e.code === 'CONTRIBUTION_CHANGED');
      const current = changed && contribution ? { body: contribution.body, version: contribution.version } : null;
      return refused(400, 'edit', id, values, { userErrors, current });
    }
    return { item: { action: 'edit' as const, id, done: true as const } };
  },

  withdraw: async (event) => {
    const id = formText(await event.request.formData(), 'id');
    return itemAction(event, 'withdraw', id, {}, WithdrawContribution, { id }, (d) => d.withdrawContribution);
  },

  report: async (event) => {
    const data = await event.request.formData();
    const id = formText(data, 'id');
    const reason = formText(data, 'reason', { max: transportCap((await limitsIfKnown(event))?.reasonMax) });
    return itemAction(event, 'report', id, { reason }, ReportContribution, { id, reason }, (d) => d.reportContribution);
  },

  vote: async (event) => {
    const id = formText(await event.request.formData(), 'id');
    const result = await mutate(event, VoteContribution, { id });
    if (result.failure) return fail(result.failure.status, { vote: { id, error: result.failure.code } });
    const { userErrors } = result.data.voteContribution;
    if (userErrors.length > 0) return fail(400, { vote: { id, userErrors } });
    return { vote: { id, voted: true } };
  },

  unvote: async (event) => {
    const id = formText(await event.request.formData(), 'id');
    const result = await mutate(event, UnvoteContribution, { id });
    if (result.failure) return fail(result.failure.status, { vote: { id, error: result.failure.code } });
    const { userErrors } = result.data.unvoteContribution;
    if (userErrors.length > 0) return fail(400, { vote: { id, userErrors } });
    return { vote: { id, voted: false } };
  },
};
