import { graphql } from '$lib/graphql/generated';
import { formText } from '$lib/forms';
import { run } from '$lib/diagnosis/actions.server';
import { query } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

const WorkshopPage = graphql(`
  query WorkshopPage($slug: String!) {
    workshop(slug: $slug) {
      id
      slug
      title
      kind
      status
      startsAt
      endsAt
      datePrecision
      place
      description
      participantCount
      contributionCount
      isDemo
      joinCode
      viewerIsCoordinator
      hasCalendarDate
      participantCap
      registrationCount
      viewerIsRegistered
      viewerCanRegister
      viewerCanEdit
      territory {
        slug
        name
      }
      neighbourhoods {
        slug
        name
        commune
      }
      themes {
        slug
        name
        nameEn
      }
      coordinators {
        id
        displayName
      }
      prompts {
        id
        position
        question
      }
      contributions(first: 200) {
        id
        prompt {
          id
        }
        ...ContributionItem_Contribution
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const result = await query(event, WorkshopPage, { slug: event.params.slug });
  return { workshop: result.workshop };
};

const Register = graphql(`
  mutation RegisterForWorkshop($workshopId: ID!) {
    registerForWorkshop(workshopId: $workshopId) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const CancelRegistration = graphql(`
  mutation CancelRegistration($workshopId: ID!) {
    cancelRegistration(workshopId: $workshopId) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const actions: Actions = {
  register: async (event) => {
    const workshopId = formText(await event.request.formData(), 'workshopId');
    return run(
      event,
      { action: 'register', id: workshopId, values: {} },
      Register,
      { workshopId },
      (d) => d.registerForWorkshop,
    );
  },
  cancel: async (event) => {
    const workshopId = formText(await event.request.formData(), 'workshopId');
    return run(
      event,
      { action: 'cancel', id: workshopId, values: {} },
      CancelRegistration,
      { workshopId },
      (d) => d.cancelRegistration,
    );
  },
};
