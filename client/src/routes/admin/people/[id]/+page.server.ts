import { error } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { formText } from '$lib/forms';
import { query } from '$lib/server/graphql';
import { refused, run } from '$lib/diagnosis/actions.server';
import { roleOf } from '$lib/components/organizations/organization-form';
import { requireAdmin } from '../../admin.server';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Workshops and diagnoses are offered by name: the latest hundred workshops (the API's page
// limit), every territory's diagnoses.
const AdminPersonPage = graphql(`
  query AdminPersonPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        displayName
        role
        isDemo
        memberships {
          access
          role
          organization {
            slug
            name
          }
        }
      }
    }
    workshops(first: 100) {
      nodes {
        id
        slug
        title
        status
        startsAt
        datePrecision
        territory {
          name
        }
        coordinators {
          id
        }
      }
    }
    territories(first: 100) {
      nodes {
        slug
        name
        diagnoses {
          id
          title
          period
          coordinators {
            id
          }
        }
      }
    }
  }
`);

const GrantRole = graphql(`
  mutation GrantRole($personId: ID!, $role: PlatformRole!) {
    grantRole(personId: $personId, role: $role) {
      person {
        id
        role
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const AssignCoordinator = graphql(`
  mutation AssignCoordinator($personId: ID!, $workshopId: ID!) {
    assignCoordinator(personId: $personId, workshopId: $workshopId) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const UnassignCoordinator = graphql(`
  mutation UnassignCoordinator($personId: ID!, $workshopId: ID!) {
    unassignCoordinator(personId: $personId, workshopId: $workshopId) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const AssignDiagnosisCoordinator = graphql(`
  mutation AssignDiagnosisCoordinator($personId: ID!, $diagnosisId: ID!) {
    assignDiagnosisCoordinator(personId: $personId, diagnosisId: $diagnosisId) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const UnassignDiagnosisCoordinator = graphql(`
  mutation UnassignDiagnosisCoordinator($personId: ID!, $diagnosisId: ID!) {
    unassignDiagnosisCoordinator(personId: $personId, diagnosisId: $diagnosisId) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const viewerId = await requireAdmin(event);
  const result = await query(event, AdminPersonPage, { id: event.params.id });
  const person = result.node?.__typename === 'Person' ? result.node : null;
  if (!person) error(404, 'Not found');
  const coordinates = (list: readonly { id: string }[]) => list.some((c) => c.id === person.id);
  const workshops = result.workshops.nodes.map(({ coordinators, ...w }) => ({
    ...w,
    assigned: coordinates(coordinators),
  }));
  const diagnoses = result.territories.nodes.flatMap((t) =>
    t.diagnoses.map(({ coordinators, ...d }) => ({ ...d, territory: t.name, assigned: coordinates(coordinators) })),
  );
  return { person, isSelf: viewerId === person.id, workshops, diagnoses };
};

/** One of the four assignment forms: the person is the page's, the workshop or diagnosis chosen in a list. */
function assignment(target: 'workshopId' | 'diagnosisId', assign: boolean) {
  return async (event: RequestEvent) => {
    const id = formText(await event.request.formData(), target);
    const personId = event.params.id;
    const action = target === 'workshopId' ? 'workshop' : 'diagnosis';
    // Assigning reports under its select; a removal under its own row.
    const form = { action, id: assign ? null : id, values: {} };
    if (!id) return refused(400, action, form.id, {}, { error: 'BAD_USER_INPUT' });
    if (target === 'workshopId') {
      return assign
        ? run(event, form, AssignCoordinator, { personId, workshopId: id }, (d) => d.assignCoordinator)
        : run(event, form, UnassignCoordinator, { personId, workshopId: id }, (d) => d.unassignCoordinator);
    }
    return assign
      ? run(event, form, AssignDiagnosisCoordinator, { personId, diagnosisId: id }, (d) => d.assignDiagnosisCoordinator)
      : run(
          event,
          form,
          UnassignDiagnosisCoordinator,
          { personId, diagnosisId: id },
          (d) => d.unassignDiagnosisCoordinator,
        );
  };
}

export const actions: Actions = {
  role: async (event) => {
    const role = roleOf(formText(await event.request.formData(), 'role'));
    if (!role) return refused(400, 'role', null, {}, { error: 'BAD_USER_INPUT' });
    return run(
      event,
      { action: 'role', id: null, values: { role } },
      GrantRole,
      { personId: event.params.id, role },
      (d) => d.grantRole,
    );
  },
  assignWorkshop: assignment('workshopId', true),
  unassignWorkshop: assignment('workshopId', false),
  assignDiagnosis: assignment('diagnosisId', true),
  unassignDiagnosis: assignment('diagnosisId', false),
};
