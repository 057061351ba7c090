import { error, type RequestEvent } from '@sveltejs/kit';
import { graphql } from '$lib/graphql/generated';
import { formText, transportCap } from '$lib/forms';
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
  versionOf,
} from '$lib/diagnosis/actions.server';
import type { Actions, PageServerLoad } from './$types';

const FindingPage = graphql(`
  query FindingPage($territorySlug: String!, $period: String!, $id: ID!) {
    viewer {
      kind
      displayName
    }
    territoryDiagnosis(territorySlug: $territorySlug, period: $period) {
      id
      period
      title
      status
      viewerCanCoordinate
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
      findings {
        id
        title
        status
      }
    }
    node(id: $id) {
      ... on Finding {
        ...FindingPage_Finding
        diagnosis {
          id
        }
      }
    }
  }
`);

const UpdateFinding = graphql(`
  mutation UpdateFinding($input: UpdateFindingInput!) {
    updateFinding(input: $input) {
      finding {
        ...FindingNow_Finding
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const SuggestFindingEdit = graphql(`
  mutation SuggestFindingEdit($input: SuggestFindingEditInput!) {
    suggestFindingEdit(input: $input) {
      suggestion {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const SupportFinding = graphql(`
  mutation SupportFinding($findingId: ID!, $organizationId: ID) {
    supportFinding(findingId: $findingId, organizationId: $organizationId) {
      finding {
        id
        supportCount
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const WithdrawSupport = graphql(`
  mutation WithdrawSupport($findingId: ID!) {
    withdrawSupport(findingId: $findingId) {
      finding {
        id
        supportCount
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const CommentOnFinding = graphql(`
  mutation CommentOnFinding($findingId: ID!, $body: String!) {
    commentOnFinding(findingId: $findingId, body: $body) {
      comment {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const HideFindingComment = graphql(`
  mutation HideFindingComment($commentId: ID!) {
    hideFindingComment(commentId: $commentId) {
      comment {
        id
        hidden
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const RestoreFindingRevision = graphql(`
  mutation RestoreFindingRevision($revisionId: ID!, $expectedVersion: Int!) {
    restoreFindingRevision(revisionId: $revisionId, expectedVersion: $expectedVersion) {
      finding {
        id
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const SpawnProjectIdea = graphql(`
  mutation SpawnProjectIdea($findingId: ID!, $title: String!) {
    spawnProjectIdea(findingId: $findingId, title: $title) {
      portrait {
        slug
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const MergeFindings = graphql(`
  mutation MergeFindings($findingId: ID!, $intoId: ID!) {
    mergeFindings(findingId: $findingId, intoId: $intoId) {
      finding {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const DetachEvidence = graphql(`
  mutation DetachEvidence($findingId: ID!, $contributionIds: [ID!]!) {
    detachEvidence(findingId: $findingId, contributionIds: $contributionIds) {
      finding {
        id
        evidenceCount
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
  const { slug, period, id } = event.params;
  const [result, accepted] = await Promise.all([
    query(event, FindingPage, { territorySlug: slug, period, id }),
    limits(event),
  ]);
  const diagnosis = found(result.territoryDiagnosis);
  const finding = result.node && 'diagnosis' in result.node ? result.node : null;
  // A finding of another diagnosis is not at this address.
  if (!finding || finding.diagnosis.id !== diagnosis.id) error(404, 'Not found');
  // What the edit and suggestion forms accept, as the API says.
  return { viewer: result.viewer, diagnosis, finding, limits: accepted };
};

/** A text field as typed (the API trims and judges it), cut only far beyond what the API accepts in it. */
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
  edit: async (event) => {
    const data = await event.request.formData();
    const findingId = formText(data, 'findingId');
    const expectedVersion = versionOf(data);
    const kind = findingKindOf(formText(data, 'kind'));
    const priority = priorityOf(formText(data, 'priority'));
    const values = {
      kind: formText(data, 'kind'),
      title: formText(data, 'title', { trim: false }),
      statement: await textOf(event, data, 'statement', 'findingStatementMax'),
      priority: formText(data, 'priority'),
      themeSlugs: formList(data, 'themes'),
      neighbourhoodSlugs: formList(data, 'neighbourhoods'),
      version: expectedVersion,
    };
    if (expectedVersion === null || !kind || !priority) {
      return refused(400, 'edit', findingId, values, { error: 'BAD_USER_INPUT' });
    }
    return run(
      event,
      { action: 'edit', id: findingId, values },
      UpdateFinding,
      {
        input: {
          findingId,
          expectedVersion,
          kind,
          title: values.title,
          statement: values.statement,
          priority,
          themeSlugs: values.themeSlugs,
          neighbourhoodSlugs: values.neighbourhoodSlugs,
        },
      },
      (d) => d.updateFinding,
      // Changed since the writer started: nothing was saved, and the finding as it now is goes
      // back to the form, to show beside what they typed (kept) and to be sent with its version.
      (p) => ({
        current: p.userErrors.some((e) => e.code === 'FINDING_CHANGED') && p.finding ? p.finding : null,
      }),
    );
  },

  suggest: async (event) => {
    const data = await event.request.formData();
    const findingId = formText(data, 'findingId');
    const baseVersion = versionOf(data);
    const values = {
      title: formText(data, 'title', { trim: false }),
      statement: await textOf(event, data, 'statement', 'findingStatementMax'),
      note: formText(data, 'note'),
    };
    if (baseVersion === null) return refused(400, 'suggest', findingId, values, { error: 'BAD_USER_INPUT' });
    return run(
      event,
      { action: 'suggest', id: findingId, values },
      SuggestFindingEdit,
      { input: { findingId, baseVersion, ...values, note: values.note || null } },
      (d) => d.suggestFindingEdit,
    );
  },

  support: async (event) => {
    const data = await event.request.formData();
    const findingId = formText(data, 'findingId');
    const organizationId = formText(data, 'organizationId');
    return run(
      event,
      { action: 'support', id: findingId, values: { organizationId } },
      SupportFinding,
      { findingId, organizationId: organizationId || null },
      (d) => d.supportFinding,
    );
  },

  withdraw: async (event) => {
    const findingId = formText(await event.request.formData(), 'findingId');
    return run(
      event,
      { action: 'withdraw', id: findingId, values: {} },
      WithdrawSupport,
      { findingId },
      (d) => d.withdrawSupport,
    );
  },

  comment: async (event) => {
    const data = await event.request.formData();
    const findingId = formText(data, 'findingId');
    const body = await textOf(event, data, 'body', 'contributionBodyMax');
    return run(
      event,
      { action: 'comment', id: findingId, values: { body } },
      CommentOnFinding,
      { findingId, body },
      (d) => d.commentOnFinding,
    );
  },

  hide: async (event) => {
    const commentId = formText(await event.request.formData(), 'commentId');
    return run(
      event,
      { action: 'hide', id: commentId, values: {} },
      HideFindingComment,
      { commentId },
      (d) => d.hideFindingComment,
    );
  },

  restore: async (event) => {
    const data = await event.request.formData();
    const revisionId = formText(data, 'revisionId');
    const expectedVersion = versionOf(data);
    if (expectedVersion === null) return refused(400, 'restore', revisionId, {}, { error: 'BAD_USER_INPUT' });
    return run(
      event,
      { action: 'restore', id: revisionId, values: {} },
      RestoreFindingRevision,
      { revisionId, expectedVersion },
      (d) => d.restoreFindingRevision,
    );
  },

  spawn: async (event) => {
    const data = await event.request.formData();
    const findingId = formText(data, 'findingId');
    const title = formText(data, 'title');
    return run(
      event,
      { action: 'spawn', id: findingId, values: { title } },
      SpawnProjectIdea,
      { findingId, title },
      (d) => d.spawnProjectIdea,
      (p) => ({ portrait: p.portrait ?? null }),
    );
  },

  merge: async (event) => {
    const data = await event.request.formData();
    const findingId = formText(data, 'findingId');
    const intoId = formText(data, 'intoId');
    return run(
      event,
      { action: 'merge', id: findingId, values: { intoId } },
      MergeFindings,
      { findingId, intoId },
      (d) => d.mergeFindings,
    );
  },

  detach: async (event) => {
    const data = await event.request.formData();
    const findingId = formText(data, 'findingId');
    const contributionId = formText(data, 'contributionId');
    return run(
      event,
      { action: 'detach', id: contributionId, values: {} },
      DetachEvidence,
      { findingId, contributionIds: [contributionId] },
      (d) => d.detachEvidence,
    );
  },

  review: reviewSuggestion,
  status: setStatus,
};
