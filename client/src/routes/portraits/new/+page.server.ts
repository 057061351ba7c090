import { redirect } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { formText } from '$lib/forms';
import { formList, refused, type FormValues } from '$lib/diagnosis/actions.server';
import { mutate, query } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';
import { limits } from '$lib/server/limits';

const NewPortrait = graphql(`
  query NewPortrait {
    viewer {
      kind
      role
      person {
        memberships {
          organization {
            id
            name
          }
        }
      }
    }
    territories(first: 100) {
      nodes {
        id
        name
      }
    }
    themes {
      id
      name
      nameEn
    }
    portraits(first: 100, filter: { stage: UNCLAIMED_IDEA }) {
      nodes {
        id
        slug
        name
        territory {
          name
        }
      }
    }
  }
`);

const CreatePortrait = graphql(`
  mutation CreatePortrait($input: CreatePortraitInput!) {
    createPortrait(input: $input) {
      portrait {
        id
        slug
        draft {
          name
          summary
          need
          project
          results
          startYear
          durationMonths
          budgetTotal
          website
          territory {
            id
          }
        }
        draftInfo {
          editVersion
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const SetPlace = graphql(`
  mutation NewPortraitPlace($input: UpdatePortraitInput!) {
    updatePortrait(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const [result, accepted] = await Promise.all([query(event, NewPortrait, {}), limits(event)]);
  const viewer = result.viewer;
  if (viewer?.kind !== 'PERSON') redirect(303, `/signin?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  const collator = new Intl.Collator('fr');
  const byName = <T extends { name: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => collator.compare(a.name, b.name));
  const staff = viewer.role === 'COORDINATOR' || viewer.role === 'ADMIN';
  return {
    // Whether the API would take a portrait from them: their organizations say it for stakeholders.
    staff,
    organizations: byName((viewer.person?.memberships ?? []).map((m) => m.organization)),
    territories: byName(result.territories.nodes),
    themes: byName(result.themes),
    ideas: byName(result.portraits.nodes),
    idea: event.url.searchParams.get('idea'),
    limits: accepted.portrait,
  };
};

type Event = Parameters<Actions['create']>[0];

/** Creates (or claims), then sets what the creation does not take; the editor opens on the draft. */
async function start(event: Event, action: string, values: FormValues, input: Record<string, string | null>) {
  const created = await mutate(event, CreatePortrait, { input });
  if (created.failure) return refused(created.failure.status, action, null, values, { error: created.failure.code });
  const payload = created.data.createPortrait;
  if (payload.userErrors.length > 0 || !payload.portrait) {
    return refused(400, action, null, values, { userErrors: payload.userErrors });
  }
  const { portrait } = payload;
  const commune = typeof values['commune'] === 'string' ? values['commune'] : '';
  const themeIds = Array.isArray(values['themeIds']) ? values['themeIds'] : [];
  const d = portrait.draft;
  if (d && d.territory && (commune || themeIds.length > 0)) {
    // The portrait exists now: whatever this second step answers, its editor is where to go on.
    await mutate(event, SetPlace, {
      input: {
        id: portrait.id,
        expectedVersion: portrait.draftInfo?.editVersion ?? 0,
        name: d.name,
        summary: d.summary,
        territoryId: d.territory.id,
        commune,
        themeIds,
        need: d.need,
        project: d.project,
        results: d.results,
        startYear: d.startYear ?? null,
        durationMonths: d.durationMonths ?? null,
        budgetTotal: d.budgetTotal ?? null,
        website: d.website ?? null,
      },
    });
  }
  redirect(303, `/portraits/${portrait.slug}/edit`);
}

export const actions = {
  create: async (event) => {
    const data = await event.request.formData();
    const values = {
      organizationId: formText(data, 'organizationId'),
      name: formText(data, 'name'),
      territoryId: formText(data, 'territoryId'),
      commune: formText(data, 'commune'),
      themeIds: formList(data, 'themeIds'),
    };
    return start(event, 'create', values, {
      organizationId: values.organizationId || null,
      name: values.name,
      territoryId: values.territoryId || null,
    });
  },

  claim: async (event) => {
    const data = await event.request.formData();
    const values = { organizationId: formText(data, 'organizationId'), fromIdea: formText(data, 'fromIdea') };
    return start(event, 'claim', values, {
      organizationId: values.organizationId || null,
      fromIdea: values.fromIdea || null,
    });
  },
} satisfies Actions;
