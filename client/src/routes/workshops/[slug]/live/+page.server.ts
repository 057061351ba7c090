import { fail } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import type { ContributionKind } from '$lib/graphql/generated/graphql';
import { formText } from '$lib/forms';
import { translate } from '$lib/i18n';
import { CONTRIBUTION_KINDS, BODY_MAX } from '$lib/live/contribution';
import { mutate, query } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

const LiveBoardPage = graphql(`
  query LiveBoardPage($slug: String!) {
    workshop(slug: $slug) {
      id
      slug
      title
      status
      moderationMode
      joinCode
      lastSeq
      connectedCount
      viewerCanPost
      viewerVotedIds
      activePrompt {
        id
        question
      }
      themes {
        slug
        name
        nameEn
      }
      contributions(first: 500) {
        ...BoardItem_Contribution
      }
    }
    themes {
      slug
      name
      nameEn
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

export const load: PageServerLoad = async (event) => {
  const [{ viewer }, result] = await Promise.all([
    event.parent(),
    query(event, LiveBoardPage, { slug: event.params.slug }),
  ]);
  const workshop = result.workshop;
  // Who may take part once the workshop is live (it may be paused as the page loads).
  const takesPart =
    workshop.viewerCanPost ||
    viewer?.kind === 'PERSON' ||
    (viewer?.kind === 'GUEST' && viewer.guestWorkshop?.slug === workshop.slug);
  return {
    workshop,
    // The workshop's own themes first; all of them when it has none.
    themeChoices: workshop.themes.length > 0 ? workshop.themes : result.themes,
    takesPart,
  };
};

export const actions: Actions = {
  post: async (event) => {
    const data = await event.request.formData();
    const lang = event.locals.lang;
    const rawKind = formText(data, 'kind');
    const kind = (CONTRIBUTION_KINDS as readonly string[]).includes(rawKind) ? (rawKind as ContributionKind) : null;
    const body = formText(data, 'body', { trim: false, max: BODY_MAX * 2 });
    const themeSlugs = data.getAll('themes').filter((v): v is string => typeof v === 'string');
    const values = { kind: rawKind, body, themeSlugs };
    const userErrors = [
      ...(kind ? [] : [{ field: 'kind', message: translate(lang, 'composer.kindMissing') }]),
      ...(body.trim() ? [] : [{ field: 'body', message: translate(lang, 'composer.bodyMissing') }]),
      ...(body.trim().length > BODY_MAX
        ? [{ field: 'body', message: translate(lang, 'composer.bodyTooLong', { max: BODY_MAX }) }]
        : []),
    ];
    if (!kind || userErrors.length > 0) return fail(400, { post: { values, userErrors } });

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
