import { error, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { formText } from '$lib/forms';
import { query } from '$lib/server/graphql';
import { limits } from '$lib/server/limits';
import { reviewSuggestion, run, setStatus } from '$lib/diagnosis/actions.server';
import type { Actions, PageServerLoad } from './$types';

const ReviewPage = graphql(`
  query ReviewPage {
    viewer {
      kind
    }
    toReview {
      counts {
        pendingContributions
        reportedContributions
        proposedFindings
        pendingSuggestions
        total
      }
      pendingContributions {
        id
        ...ReviewContribution_Contribution
      }
      reportedContributions {
        id
        ...ReviewContribution_Contribution
      }
      proposedFindings {
        id
        ...ReviewFinding_Finding
      }
      pendingSuggestions {
        id
        title
        note
        createdAt
        state
        author {
          displayName
        }
        statementDiff {
          value
          added
          removed
        }
        finding {
          id
          title
          diagnosis {
            period
            territory {
              slug
            }
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const [result, accepted] = await Promise.all([query(event, ReviewPage, {}), limits(event)]);
  if (!result.toReview) {
    if (result.viewer?.kind !== 'PERSON') redirect(303, `/signin?next=${encodeURIComponent(event.url.pathname)}`);
    error(403, 'Coordinators and admins only');
  }
  return { queue: result.toReview, limits: { reasonMin: accepted.reasonMin, reasonMax: accepted.reasonMax } };
};

const Approve = graphql(`
  mutation ReviewApprove($id: ID!) {
    approveContribution(id: $id) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const Keep = graphql(`
  mutation ReviewKeep($id: ID!) {
    keepReportedContribution(id: $id) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const Hide = graphql(`
  mutation ReviewHide($id: ID!, $reason: String!) {
    hideContribution(id: $id, reason: $reason) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Each list item's forms post here; the outcome names the item, so only its form shows it. */
export const actions: Actions = {
  approve: async (event) => {
    const id = formText(await event.request.formData(), 'id');
    return run(event, { action: 'approve', id, values: {} }, Approve, { id }, (d) => d.approveContribution);
  },
  keep: async (event) => {
    const id = formText(await event.request.formData(), 'id');
    return run(event, { action: 'keep', id, values: {} }, Keep, { id }, (d) => d.keepReportedContribution);
  },
  hide: async (event) => {
    const data = await event.request.formData();
    const id = formText(data, 'id');
    const reason = formText(data, 'reason', { max: 4_000 });
    return run(event, { action: 'hide', id, values: { reason } }, Hide, { id, reason }, (d) => d.hideContribution);
  },
  status: setStatus,
  review: reviewSuggestion,
};
