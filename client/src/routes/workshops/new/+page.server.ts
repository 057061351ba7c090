import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { emptyPlan, planInput, readPlan } from '$lib/components/workshops/plan-form';
import { planProblems } from '$lib/components/workshops/plan-actions.server';
import { mutate, query } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

const PlanNewPage = graphql(`
  query PlanNewPage {
    viewer {
      kind
    }
    viewerCanPlanWorkshops
    ...PlanOptions_Query
  }
`);

const CreateWorkshop = graphql(`
  mutation CreateWorkshop($input: WorkshopPlanFields!) {
    createWorkshop(input: $input) {
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

/** Coordinators and admins only: a visitor signs in first, anyone else is told it is not theirs. */
async function planner(event: RequestEvent) {
  const result = await query(event, PlanNewPage, {});
  if (result.viewer?.kind !== 'PERSON') redirect(303, `/signin?redirectTo=${encodeURIComponent('/workshops/new')}`);
  if (!result.viewerCanPlanWorkshops) error(403, 'Coordinators and admins only');
  return result;
}

export const load: PageServerLoad = async (event) => {
  return { options: await planner(event), values: emptyPlan };
};

export const actions: Actions = {
  default: async (event) => {
    const values = readPlan(await event.request.formData());
    const made = planInput(values);
    if ('problems' in made) return fail(400, planProblems(event, values, made.problems));
    const result = await mutate(event, CreateWorkshop, { input: made.input });
    if (result.failure) return fail(result.failure.status, { values, error: result.failure.code, userErrors: [] });
    const payload = result.data.createWorkshop;
    if (payload.userErrors.length > 0 || !payload.workshop) {
      return fail(400, { values, error: null, userErrors: payload.userErrors });
    }
    redirect(303, `/workshops/${encodeURIComponent(payload.workshop.slug)}/edit?created=1`);
  },
};
