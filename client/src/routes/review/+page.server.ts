import { error, redirect } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { formText } from '$lib/forms';
import { query } from '$lib/server/graphql';
import { limits } from '$lib/server/limits';
import { decision } from '$lib/components/organizations/organization-requests.server';
import { reviewSuggestion, run, setStatus, versionOf } from '$lib/diagnosis/actions.server';
import type { Actions, PageServerLoad } from './$types';

const ReviewPage = graphql(`
  query ReviewPage {
    viewer {
      kind
      role
    }
    draftsToReview(first: 100) {
      totalCount
      nodes {
        subjectId
        ...ReviewDraft_Draft
      }
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

/** Only admins decide on organization requests: asked for apart, so that coordinators' pages need not fail. */
const OrganizationRequests = graphql(`
  query ReviewOrganizationRequests {
    organizationRequests(state: PENDING) {
      id
      ...ReviewOrganizationRequest_Request
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  // Visitors sign in first: the API refuses them the drafts waiting for review.
  const { viewer } = await event.parent();
  if (viewer?.kind !== 'PERSON') redirect(303, `/signin?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  const [result, accepted] = await Promise.all([query(event, ReviewPage, {}), limits(event)]);
  if (!result.toReview) error(403, 'Coordinators and admins only');
  const requests =
    result.viewer?.role === 'ADMIN' ? (await query(event, OrganizationRequests, {})).organizationRequests : [];
  return {
    queue: result.toReview,
    drafts: result.draftsToReview,
    organizationRequests: requests,
    limits: {
      reasonMin: accepted.reasonMin,
      reasonMax: accepted.reasonMax,
      changesNoteMin: accepted.changesNoteMin,
      changesNoteMax: accepted.changesNoteMax,
    },
  };
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

const PublishStory = graphql(`
  mutation ReviewPublishStory($id: ID!, $expectedVersion: Int!) {
    publishStory(id: $id, expectedVersion: $expectedVersion) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const PublishPortrait = graphql(`
  mutation ReviewPublishPortrait($input: PortraitDraftInput!) {
    publishPortrait(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const RequestChanges = graphql(`
  mutation ReviewRequestChanges($input: RequestChangesInput!) {
    requestChanges(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
/** A version the form cannot say is a stale one: the API answers with the current draft. */
const expectedVersionOf = (data: FormData) => versionOf(data) ?? -1;

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
  publish: async (event) => {
    const data = await event.request.formData();
    const id = formText(data, 'id');
    const expectedVersion = expectedVersionOf(data);
    const form = { action: 'publish', id, values: {} };
    return formText(data, 'kind') === 'PORTRAIT'
      ? run(event, form, PublishPortrait, { input: { id, expectedVersion } }, (d) => d.publishPortrait)
      : run(event, form, PublishStory, { id, expectedVersion }, (d) => d.publishStory);
  },
  requestChanges: async (event) => {
    const data = await event.request.formData();
    const id = formText(data, 'id');
    const note = formText(data, 'note', { max: 4_000 });
    const input = { id, expectedVersion: expectedVersionOf(data), note };
    const form = { action: 'requestChanges', id, values: { note } };
    return run(event, form, RequestChanges, { input }, (d) => d.requestChanges);
  },
  approveOrganization: decision(true),
  declineOrganization: decision(false),
};
