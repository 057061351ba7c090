import type { RequestEvent } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import type { ContributionKind, DiagnosisMove } from '$lib/graphql/generated/graphql';
import { promote } from '$lib/diagnosis/promotion.server';
import { formText, transportCap } from '$lib/forms';
import { CONTRIBUTION_KINDS } from '$lib/live/contribution';
import { found, query } from '$lib/server/graphql';
import { limits, limitsIfKnown } from '$lib/server/limits';
import {
  findingKindOf,
  formList,
  priorityOf,
  refused,
  reviewSuggestion,
  run,
  setStatus,
} from '$lib/diagnosis/actions.server';
import type { Actions, PageServerLoad } from './$types';

const DiagnosisPage = graphql(`
  query DiagnosisPage($territorySlug: String!, $period: String!) {
    viewer {
      kind
      displayName
      person {
        id
        memberships {
          organization {
            id
            name
          }
        }
      }
    }
    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {
      id
      slug
      period
      title
      summary
      periodStart
      periodEnd
      status
      validatedAt
      isDemo
      ...LiveStart_Diagnosis
      territory {
        slug
        name
        themes {
          slug
          name
          nameEn
        }
        neighbourhoods {
          slug
          name
        }
      }
      coordinators {
        id
        displayName
      }
      consultation {
        id
        slug
        moderationMode
      }
      workshops {
        id
        slug
        title
        kind
        status
        startsAt
        datePrecision
        participantCount
        contributionCount
      }
      transitions {
        id
        fromStatus
        toStatus
        reason
        createdAt
        actor {
          displayName
        }
      }
      participation {
        workshopCount
        participantCount
        contributionCount
        organizationCount
        timeline {
          month
          count
        }
      }
      matrix {
        theme {
          slug
          name
          nameEn
        }
        neighbourhood {
          slug
          name
        }
        findings {
          id
          title
        }
        evidenceCount
      }
      findings {
        ...FindingCard_Finding
      }
      proposalsAwaitingReview {
        ...FindingCard_Finding
      }
      pendingSuggestions {
        id
        title
        statement
        note
        createdAt
        author {
          displayName
        }
        finding {
          id
          title
        }
        statementDiff {
          value
          added
          removed
        }
      }
      viewerCanCoordinate
      viewerDiagnosisMoves
      viewerCanContribute
      viewerCanPropose
    }
  }
`);

/**
 * What coordinators promote from: the consultation's published contributions, pinned first then
 * most supported, at most 100. A query of its own, asked only for them, so nobody else's page
 * carries it.
 */
const DiagnosisConsultationContributions = graphql(`
  query DiagnosisConsultationContributions($territorySlug: String!, $period: String!) {
    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {
      id
      consultation {
        id
        contributions(first: 100) {
          id
          kind
          body
          authorName
          authorIsGuest
          moderationState
          createdAt
          voteCount
          ...RetainedMark_Contribution
        }
      }
    }
  }
`);

const PostDiagnosisContribution = graphql(`
  mutation PostDiagnosisContribution($input: PostDiagnosisContributionInput!) {
    postDiagnosisContribution(input: $input) {
      contribution {
        id
        moderationState
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ProposeFinding = graphql(`
  mutation ProposeFinding($input: ProposeFindingInput!) {
    proposeFinding(input: $input) {
      finding {
        ...FindingCard_Finding
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const MoveFinding = graphql(`
  mutation MoveFinding($findingId: ID!, $position: Int!) {
    moveFinding(findingId: $findingId, position: $position) {
      finding {
        id
        position
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const OpenConsultation = graphql(`
  mutation OpenConsultation($diagnosisId: ID!, $reason: String) {
    openConsultation(diagnosisId: $diagnosisId, reason: $reason) {
      diagnosis {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ValidateDiagnosis = graphql(`
  mutation ValidateDiagnosis($diagnosisId: ID!, $reason: String) {
    validateDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {
      diagnosis {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ArchiveDiagnosis = graphql(`
  mutation ArchiveDiagnosis($diagnosisId: ID!, $reason: String) {
    archiveDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {
      diagnosis {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ReopenDiagnosis = graphql(`
  mutation ReopenDiagnosis($diagnosisId: ID!, $reason: String!) {
    reopenDiagnosis(diagnosisId: $diagnosisId, reason: $reason) {
      diagnosis {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const variables = { territorySlug: event.params.slug, period: event.params.period };
  const [result, accepted] = await Promise.all([query(event, DiagnosisPage, variables), limits(event)]);
  const diagnosis = found(result.territoryDiagnosis);
  return {
    viewer: result.viewer,
    diagnosis,
    limits: accepted,
    consultationContributions:
      diagnosis.viewerCanCoordinate && diagnosis.consultation
        ? await consultationContributions(event, variables)
        : null,
  };
};

/** The consultation's contributions a coordinator may promote: published ones only (not their own waiting ones). */
async function consultationContributions(
  event: Parameters<PageServerLoad>[0],
  variables: { territorySlug: string; period: string },
) {
  const result = await query(event, DiagnosisConsultationContributions, variables);
  const contributions = result.territoryDiagnosis?.consultation?.contributions ?? [];
  return contributions.filter((c) => c.moderationState === 'PUBLISHED');
}

/** Text fields of the forms, as typed (the API trims and judges them), cut only far past their limit. */
async function textOf(
  event: RequestEvent,
  data: FormData,
  name: string,
  limit: 'contributionBodyMax' | 'findingStatementMax',
): Promise<string> {
  const max = (await limitsIfKnown(event))?.[limit];
  return formText(data, name, { trim: false, max: transportCap(max) });
}

export const actions: Actions = {
  post: async (event) => {
    const data = await event.request.formData();
    const rawKind = formText(data, 'kind');
    const kind = (CONTRIBUTION_KINDS as readonly string[]).includes(rawKind) ? (rawKind as ContributionKind) : null;
    const body = await textOf(event, data, 'body', 'contributionBodyMax');
    const themeSlugs = formList(data, 'themes');
    const neighbourhoodSlug = formText(data, 'neighbourhood');
    const organizationId = formText(data, 'organizationId');
    const values = { kind: rawKind, body, themeSlugs, neighbourhood: neighbourhoodSlug, organizationId };
    if (!kind) return refused(400, 'post', null, values, { error: 'BAD_USER_INPUT' });
    return run(
      event,
      { action: 'post', id: null, values },
      PostDiagnosisContribution,
      {
        input: {
          diagnosisId: formText(data, 'diagnosisId'),
          kind,
          body,
          themeSlugs,
          neighbourhoodSlug: neighbourhoodSlug || null,
          organizationId: organizationId || null,
        },
      },
      (d) => d.postDiagnosisContribution,
      (p) => ({ moderationState: p.contribution?.moderationState ?? null }),
    );
  },

  propose: async (event) => {
    const data = await event.request.formData();
    const rawKind = formText(data, 'kind');
    const kind = findingKindOf(rawKind);
    const title = formText(data, 'title');
    const statement = await textOf(event, data, 'statement', 'findingStatementMax');
    const priority = priorityOf(formText(data, 'priority'));
    const themeSlugs = formList(data, 'themes');
    const neighbourhoodSlugs = formList(data, 'neighbourhoods');
    const values = { kind: rawKind, title, statement, priority: priority ?? '', themeSlugs, neighbourhoodSlugs };
    if (!kind) return refused(400, 'propose', null, values, { error: 'BAD_USER_INPUT' });
    return run(
      event,
      { action: 'propose', id: null, values },
      ProposeFinding,
      {
        input: {
          diagnosisId: formText(data, 'diagnosisId'),
          kind,
          title,
          statement,
          priority,
          themeSlugs,
          neighbourhoodSlugs,
        },
      },
      (d) => d.proposeFinding,
      (p) => ({ finding: p.finding ?? null }),
    );
  },

  transition: async (event) => {
    const data = await event.request.formData();
    const diagnosisId = formText(data, 'diagnosisId');
    const move = formText(data, 'move') as DiagnosisMove;
    const reason = formText(data, 'reason');
    const form = { action: 'transition', id: move, values: { reason } };
    // Only a reopening must say why; the other moves may.
    const variables = { diagnosisId, reason: reason || null };
    switch (move) {
      case 'CONSULT':
        return run(event, form, OpenConsultation, variables, (d) => d.openConsultation);
      case 'VALIDATE':
        return run(event, form, ValidateDiagnosis, variables, (d) => d.validateDiagnosis);
      case 'ARCHIVE':
        return run(event, form, ArchiveDiagnosis, variables, (d) => d.archiveDiagnosis);
      case 'REOPEN':
        return run(event, form, ReopenDiagnosis, { diagnosisId, reason }, (d) => d.reopenDiagnosis);
      default:
        return refused(400, 'transition', null, { reason }, { error: 'BAD_USER_INPUT' });
    }
  },

  reorder: async (event) => {
    const data = await event.request.formData();
    const findingId = formText(data, 'findingId');
    const position = Number(formText(data, 'position'));
    if (!Number.isInteger(position)) return refused(400, 'reorder', findingId, {}, { error: 'BAD_USER_INPUT' });
    return run(
      event,
      { action: 'reorder', id: findingId, values: {} },
      MoveFinding,
      { findingId, position },
      (d) => d.moveFinding,
    );
  },

  review: reviewSuggestion,
  status: setStatus,
  /** Coordinators promote ticked contributions of the consultation: the console's action. */
  promote,
};
