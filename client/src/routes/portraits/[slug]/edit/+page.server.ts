import { error, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { limits } from '$lib/server/limits';
import { query } from '$lib/server/graphql';
import { portraitActions } from './actions.server';
import type { Actions, PageServerLoad } from './$types';

const PortraitEditor = graphql(`
  query PortraitEditor($slug: String!) {
    viewer {
      kind
    }
    portrait(slug: $slug) {
      id
      slug
      name
      publicationState
      viewerCanEdit
      draftInfo {
        editVersion
        reviewState
        reviewerNote
        viewerCanSubmit
        viewerCanPublish
        viewerCanWithdraw
        viewerCanRestore
        revisions(first: 30) {
          nodes {
            id
            number
            action
            authorName
            createdAt
            note
          }
        }
      }
      draft {
        name
        summary
        commune
        need
        project
        results
        startYear
        durationMonths
        budgetTotal
        website
        stage
        territory {
          id
          slug
          name
          diagnoses {
            id
            title
            findings {
              id
              title
            }
          }
        }
        themes {
          id
        }
        indicators {
          key
          label
          value
          unit
          asOf
          period
          note
        }
        fundingLines {
          key
          sourceKind
          label
          funder {
            id
          }
          amount
          euPriorityAxis
          periodStart
          periodEnd
          note
        }
        funding {
          total
          euAmount
          euShare
          itemisedTotal
          unknownAmountLines
        }
        partners {
          role
          note
          organization {
            id
            name
          }
        }
        stageEvents {
          key
          stage
          date
          precision
          note
        }
        replicatedFrom {
          id
        }
        answers {
          id
          title
        }
        images {
          alt
          image {
            id
            width
            height
            url(width: 480)
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
    organizations(first: 100) {
      nodes {
        id
        name
      }
    }
    portraits(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const [result, accepted] = await Promise.all([
    query(event, PortraitEditor, { slug: event.params.slug }),
    limits(event),
  ]);
  const { portrait } = result;
  if (!portrait.viewerCanEdit || !portrait.draft) {
    if (result.viewer?.kind !== 'PERSON') redirect(303, `/signin?redirectTo=${encodeURIComponent(event.url.pathname)}`);
    error(403, 'Only the members of the carrying organization and coordinators edit this portrait');
  }
  const collator = new Intl.Collator('fr');
  const byName = <T extends { name: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => collator.compare(a.name, b.name));
  return {
    portrait: { ...portrait, draft: portrait.draft },
    version: portrait.draftInfo?.editVersion ?? 0,
    territories: byName(result.territories.nodes),
    themes: byName(result.themes),
    organizations: byName(result.organizations.nodes),
    portraits: byName(result.portraits.nodes.filter((p) => p.id !== portrait.id)),
    limits: {
      imageMaxBytes: accepted.imageMaxBytes,
      imageAcceptedTypes: accepted.imageAcceptedTypes,
      portrait: accepted.portrait,
    },
  };
};

export const actions: Actions = portraitActions;
