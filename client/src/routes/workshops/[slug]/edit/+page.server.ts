import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { formText } from '$lib/forms';
import { planInput, readPlan, valuesOfPlan } from '$lib/components/workshops/plan-form';
import { planProblems } from '$lib/components/workshops/plan-actions.server';
import { accepted, refused, run, versionOf } from '$lib/diagnosis/actions.server';
import { found, mutate, query } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

const PlanEditPage = graphql(`
  query PlanEditPage($slug: String!, $search: String!, $searching: Boolean!) {
    viewer {
      kind
    }
    workshop(slug: $slug) {
      id
      slug
      title
      kind
      status
      planVersion
      datePrecision
      startsAt
      endsAt
      place
      description
      participantCap
      viewerCanEdit
      viewerSessionMoves
      territory {
        id
      }
      neighbourhoods {
        slug
      }
      themes {
        slug
      }
      diagnosis {
        id
      }
      prompts {
        id
        position
        question
      }
      coordinators {
        id
        displayName
      }
      coordinatorCandidates(search: $search) @include(if: $searching) {
        id
        displayName
      }
    }
    limits {
      questionMin
      questionMax
    }
    ...PlanOptions_Query
  }
`);

export const load: PageServerLoad = async (event) => {
  const search = (event.url.searchParams.get('search') ?? '').trim().slice(0, 100);
  const result = await query(event, PlanEditPage, {
    slug: event.params.slug,
    search,
    searching: search.length >= 2,
  });
  const path = `/workshops/${encodeURIComponent(event.params.slug)}/edit`;
  if (result.viewer?.kind !== 'PERSON') redirect(303, `/signin?redirectTo=${encodeURIComponent(path)}`);
  const w = found(result.workshop);
  if (!w.viewerCanEdit) error(403, 'Only the coordinators of this workshop');
  return {
    workshop: w,
    options: result,
    limits: result.limits,
    values: valuesOfPlan(w),
    search,
    created: event.url.searchParams.has('created'),
  };
};

const UpdateWorkshop = graphql(`
  mutation UpdateWorkshop($input: UpdateWorkshopInput!) {
    updateWorkshop(input: $input) {
      workshop {
        planVersion
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const AddPrompt = graphql(`
  mutation PlanAddPrompt($workshopId: ID!, $question: String!) {
    addPrompt(workshopId: $workshopId, question: $question) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const UpdatePrompt = graphql(`
  mutation PlanUpdatePrompt($promptId: ID!, $question: String!) {
    updatePrompt(promptId: $promptId, question: $question) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const MovePrompt = graphql(`
  mutation PlanMovePrompt($promptId: ID!, $position: Int!) {
    movePrompt(promptId: $promptId, position: $position) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const RemovePrompt = graphql(`
  mutation PlanRemovePrompt($promptId: ID!) {
    removePrompt(promptId: $promptId) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const AddCoordinator = graphql(`
  mutation PlanAddCoordinator($workshopId: ID!, $personId: ID!) {
    addWorkshopCoordinator(workshopId: $workshopId, personId: $personId) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const RemoveCoordinator = graphql(`
  mutation PlanRemoveCoordinator($workshopId: ID!, $personId: ID!) {
    removeWorkshopCoordinator(workshopId: $workshopId, personId: $personId) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const Duplicate = graphql(`
  mutation PlanDuplicate($workshopId: ID!) {
    duplicateWorkshop(workshopId: $workshopId) {
      workshop {
        slug
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const Schedule = graphql(`
  mutation PlanSchedule($workshopId: ID!) {
    scheduleWorkshop(workshopId: $workshopId) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** The question as typed (the API trims it and judges its length), cut only far beyond any limit. */
const questionOf = (data: FormData) => formText(data, 'question', { trim: false, max: 4_000 });

async function save(event: RequestEvent) {
  const data = await event.request.formData();
  const workshopId = formText(data, 'workshopId');
  const expectedVersion = versionOf(data);
  const plan = readPlan(data);
  const made = planInput(plan);
  if ('problems' in made) {
    const { userErrors } = planProblems(event, plan, made.problems);
    return refused(400, 'save', null, {}, { userErrors }, { plan });
  }
  if (expectedVersion === null) return refused(400, 'save', null, {}, { error: 'BAD_USER_INPUT' }, { plan });
  const result = await mutate(event, UpdateWorkshop, { input: { ...made.input, workshopId, expectedVersion } });
  if (result.failure) return refused(result.failure.status, 'save', null, {}, { error: result.failure.code }, { plan });
  const payload = result.data.updateWorkshop;
  if (payload.userErrors.length > 0) {
    // Changed meanwhile: what they typed stays, sent again from the version now saved.
    const stale = payload.userErrors.some((e) => e.code === 'WORKSHOP_CHANGED');
    const currentVersion = stale ? (payload.workshop?.planVersion ?? null) : null;
    return refused(400, 'save', null, {}, { userErrors: payload.userErrors }, { plan, stale, currentVersion });
  }
  return accepted('save', null);
}

export const actions: Actions = {
  save,

  addPrompt: async (event) => {
    const data = await event.request.formData();
    const question = questionOf(data);
    return run(
      event,
      { action: 'addPrompt', id: null, values: { question } },
      AddPrompt,
      { workshopId: formText(data, 'workshopId'), question },
      (d) => d.addPrompt,
    );
  },

  updatePrompt: async (event) => {
    const data = await event.request.formData();
    const promptId = formText(data, 'promptId');
    const question = questionOf(data);
    return run(
      event,
      { action: 'updatePrompt', id: promptId, values: { question } },
      UpdatePrompt,
      { promptId, question },
      (d) => d.updatePrompt,
    );
  },

  movePrompt: async (event) => {
    const data = await event.request.formData();
    const promptId = formText(data, 'promptId');
    const position = versionOf(data, 'position');
    if (position === null) return refused(400, 'movePrompt', promptId, {}, { error: 'BAD_USER_INPUT' });
    return run(
      event,
      { action: 'movePrompt', id: promptId, values: {} },
      MovePrompt,
      { promptId, position },
      (d) => d.movePrompt,
    );
  },

  removePrompt: async (event) => {
    const promptId = formText(await event.request.formData(), 'promptId');
    return run(
      event,
      { action: 'removePrompt', id: promptId, values: {} },
      RemovePrompt,
      { promptId },
      (d) => d.removePrompt,
    );
  },

  addCoordinator: async (event) => {
    const data = await event.request.formData();
    const personId = formText(data, 'personId');
    return run(
      event,
      { action: 'addCoordinator', id: personId, values: {} },
      AddCoordinator,
      { workshopId: formText(data, 'workshopId'), personId },
      (d) => d.addWorkshopCoordinator,
    );
  },

  removeCoordinator: async (event) => {
    const data = await event.request.formData();
    const personId = formText(data, 'personId');
    return run(
      event,
      { action: 'removeCoordinator', id: personId, values: {} },
      RemoveCoordinator,
      { workshopId: formText(data, 'workshopId'), personId },
      (d) => d.removeWorkshopCoordinator,
    );
  },

  schedule: async (event) => {
    const workshopId = formText(await event.request.formData(), 'workshopId');
    return run(
      event,
      { action: 'schedule', id: null, values: {} },
      Schedule,
      { workshopId },
      (d) => d.scheduleWorkshop,
    );
  },

  duplicate: async (event) => {
    const workshopId = formText(await event.request.formData(), 'workshopId');
    const result = await mutate(event, Duplicate, { workshopId });
    if (result.failure) return refused(result.failure.status, 'duplicate', null, {}, { error: result.failure.code });
    const payload = result.data.duplicateWorkshop;
    if (payload.userErrors.length > 0 || !payload.workshop) {
      return refused(400, 'duplicate', null, {}, { userErrors: payload.userErrors });
    }
    redirect(303, `/workshops/${encodeURIComponent(payload.workshop.slug)}/edit?created=1`);
  },
};
