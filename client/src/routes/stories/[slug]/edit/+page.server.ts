import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { DONE, valuesOfDraft, type Done } from '$lib/components/stories/story-form';
import { formText } from '$lib/forms';
import { getFragmentData, graphql } from '$lib/graphql/generated';
import { versionOf } from '$lib/diagnosis/actions.server';
import { mutate, query } from '$lib/server/graphql';
import {
  StoryAfterMove,
  StoryChoicesQuery,
  SubmitStory,
  UpdateStory,
  choicesOf,
  intentOf,
  previewOf,
  refusedForm,
  valuesOf,
} from '../../editor.server';
import type { Actions, PageServerLoad } from './$types';
import { limits } from '$lib/server/limits';

const StoryEditor = graphql(`
  query StoryEditor($slug: String!) {
    story(slug: $slug) {
      id
      slug
      title
      publicationState
      authoring {
        reviewState
        reviewerNote
        editVersion
        submittedAt
        viewerCanEdit
        viewerCanSubmit
        viewerCanPublish
        viewerCanRequestChanges
        viewerCanWithdraw
        ...StoryHistory_DraftInfo
      }
      draft {
        kind
        title
        summary
        bodyMarkdown
        anonymous
        tellerName
        tellerRole
        consent
        territory {
          id
        }
        portraits {
          id
        }
        findings {
          id
        }
        workshops {
          id
        }
      }
    }
  }
`);

const WithdrawStory = graphql(`
  mutation WithdrawStory($id: ID!, $expectedVersion: Int!) {
    withdrawStory(id: $id, expectedVersion: $expectedVersion) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const PublishStory = graphql(`
  mutation PublishStory($id: ID!, $expectedVersion: Int!) {
    publishStory(id: $id, expectedVersion: $expectedVersion) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const RequestStoryChanges = graphql(`
  mutation RequestStoryChanges($input: RequestChangesInput!) {
    requestChanges(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const RestoreStoryRevision = graphql(`
  mutation RestoreStoryRevision($revisionId: ID!, $expectedVersion: Int!) {
    restoreStoryRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const [result, choices, { viewer }, accepted] = await Promise.all([
    query(event, StoryEditor, { slug: event.params.slug }),
    query(event, StoryChoicesQuery, {}),
    event.parent(),
    limits(event),
  ]);
  const { story } = result;
  if (!story.authoring || !story.draft || !story.authoring.viewerCanEdit) {
    if (viewer?.kind !== 'PERSON') redirect(303, `/signin?redirectTo=${encodeURIComponent(event.url.pathname)}`);
    error(403, 'Only its author and coordinators edit a story');
  }
  const done = event.url.searchParams.get('done');
  return {
    story: { id: story.id, slug: story.slug, title: story.title, publicationState: story.publicationState },
    authoring: story.authoring,
    values: valuesOfDraft(story.draft),
    preview: await previewOf(event, story.draft.bodyMarkdown),
    choices: choicesOf(choices),
    limits: accepted,
    done: (DONE as readonly string[]).includes(done ?? '') ? (done as Done) : null,
  };
};

/** Runs one of the page's small forms; accepted, it comes back to the editor saying what it did. */
async function move<Data, Variables extends AnyVariables>(
  event: RequestEvent,
  action: string,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  payloadOf: (data: Data) => { userErrors: { code: string; field?: string | null; message: string }[] },
  done: Done,
  extra: Record<string, unknown> = {},
) {
  const result = await mutate(event, document, variables);
  if (result.failure) return refusedForm(result.failure.status, action, { error: result.failure.code }, extra);
  const { userErrors } = payloadOf(result.data);
  if (userErrors.length > 0) return refusedForm(400, action, { userErrors }, extra);
  redirect(303, `${event.url.pathname}?done=${done}`);
}

/** The story and the draft version a small form names. */
function target(data: FormData) {
  return { id: formText(data, 'id'), expectedVersion: versionOf(data) };
}

export const actions: Actions = {
  save: async (event) => {
    const data = await event.request.formData();
    const values = valuesOf(data);
    const intent = intentOf(data);
    const { id, expectedVersion } = target(data);
    if (intent === 'preview') return { action: 'save', values, preview: await previewOf(event, values.bodyMarkdown) };
    if (expectedVersion === null) return refusedForm(400, 'save', { error: 'BAD_USER_INPUT' }, { values });

    const result = await mutate(event, UpdateStory, { input: { ...values, id, expectedVersion } });
    if (result.failure) return refusedForm(result.failure.status, 'save', { error: result.failure.code }, { values });
    const { userErrors } = result.data.updateStory;
    const story = getFragmentData(StoryAfterMove, result.data.updateStory.story);
    if (userErrors.length > 0) {
      // Changed since the writer opened it: nothing saved; their text stays, the saved one goes
      // beside it, and the form now names the version it would overwrite.
      const changed = userErrors.some((e) => e.code === 'DRAFT_CHANGED') ? story : null;
      return refusedForm(
        400,
        'save',
        { userErrors },
        {
          values,
          preview: await previewOf(event, values.bodyMarkdown),
          theirs: changed?.draft ? valuesOfDraft(changed.draft) : null,
          version: changed?.authoring?.editVersion ?? null,
        },
      );
    }
    let done: Done = 'saved';
    if (intent === 'submit' && story?.authoring?.viewerCanSubmit) {
      const submitted = await mutate(event, SubmitStory, { id, expectedVersion: story.authoring.editVersion });
      if (submitted.data && submitted.data.submitStory.userErrors.length === 0) done = 'submitted';
    }
    redirect(303, `${event.url.pathname}?done=${done}`);
  },

  withdraw: async (event) => {
    const { id, expectedVersion } = target(await event.request.formData());
    if (expectedVersion === null) return refusedForm(400, 'withdraw', { error: 'BAD_USER_INPUT' });
    return move(event, 'withdraw', WithdrawStory, { id, expectedVersion }, (d) => d.withdrawStory, 'withdrawn');
  },

  publish: async (event) => {
    const { id, expectedVersion } = target(await event.request.formData());
    if (expectedVersion === null) return refusedForm(400, 'publish', { error: 'BAD_USER_INPUT' });
    return move(event, 'publish', PublishStory, { id, expectedVersion }, (d) => d.publishStory, 'published');
  },

  requestChanges: async (event) => {
    const data = await event.request.formData();
    const { id, expectedVersion } = target(data);
    const note = formText(data, 'note', { trim: false, max: 4_000 });
    if (expectedVersion === null) return refusedForm(400, 'requestChanges', { error: 'BAD_USER_INPUT' }, { note });
    return move(
      event,
      'requestChanges',
      RequestStoryChanges,
      { input: { id, expectedVersion, note } },
      (d) => d.requestChanges,
      'changesRequested',
      { note },
    );
  },

  restore: async (event) => {
    const data = await event.request.formData();
    const revisionId = formText(data, 'revisionId');
    const expectedVersion = versionOf(data);
    if (expectedVersion === null) return refusedForm(400, 'restore', { error: 'BAD_USER_INPUT' }, { revisionId });
    return move(
      event,
      'restore',
      RestoreStoryRevision,
      { revisionId, expectedVersion },
      (d) => d.restoreStoryRevision,
      'restored',
      { revisionId },
    );
  },
};
