import { redirect } from '@sveltejs/kit';
import { getFragmentData } from '$lib/graphql/generated';
import { mutate, query } from '$lib/server/graphql';
import {
  CreateStory,
  StoryAfterMove,
  StoryChoicesQuery,
  SubmitStory,
  choicesOf,
  intentOf,
  previewOf,
  refusedForm,
  valuesOf,
} from '../editor.server';
import type { Actions, PageServerLoad } from './$types';
import { limits } from '$lib/server/limits';

const signInFirst = (pathname: string) => redirect(303, `/signin?redirectTo=${encodeURIComponent(pathname)}`);

export const load: PageServerLoad = async (event) => {
  const { viewer } = await event.parent();
  // Writing takes an account: guests of a live workshop and visitors sign in, then come back.
  if (viewer?.kind !== 'PERSON') signInFirst(event.url.pathname);
  const [result, accepted] = await Promise.all([query(event, StoryChoicesQuery, {}), limits(event)]);
  return { choices: choicesOf(result), tellerName: viewer?.displayName ?? '', limits: accepted };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = valuesOf(data);
    const intent = intentOf(data);
    if (intent === 'preview') return { action: 'save', values, preview: await previewOf(event, values.bodyMarkdown) };

    const created = await mutate(event, CreateStory, { input: values });
    if (created.failure) {
      if (created.failure.code === 'UNAUTHENTICATED') signInFirst(event.url.pathname);
      return refusedForm(created.failure.status, 'save', { error: created.failure.code }, { values });
    }
    const { story: saved, userErrors } = created.data.createStory;
    const story = getFragmentData(StoryAfterMove, saved);
    if (!story || userErrors.length > 0) {
      return refusedForm(400, 'save', { userErrors }, { values, preview: await previewOf(event, values.bodyMarkdown) });
    }

    let done = 'saved';
    if (intent === 'submit' && story.authoring) {
      const submitted = await mutate(event, SubmitStory, {
        id: story.id,
        expectedVersion: story.authoring.editVersion,
      });
      // Saved either way: the editor says whether it went to review, and offers to submit again.
      if (submitted.data && submitted.data.submitStory.userErrors.length === 0) done = 'submitted';
    }
    redirect(303, `/stories/${encodeURIComponent(story.slug)}/edit?done=${done}`);
  },
};
