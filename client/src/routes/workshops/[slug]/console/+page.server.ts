import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { graphql } from '$lib/graphql/generated';
import type { ModerationMode } from '$lib/graphql/generated/graphql';
import { formText, transportCap, type ApiErrorCode, type FieldError } from '$lib/forms';
import { promote } from '$lib/diagnosis/promotion.server';
import { mutate, query } from '$lib/server/graphql';
import { limits, limitsIfKnown } from '$lib/server/limits';
import type { Actions, PageServerLoad } from './$types';

const ConsoleAccess = graphql(`
  query ConsoleAccess($slug: String!) {
    workshop(slug: $slug) {
      viewerIsCoordinator
    }
  }
`);

const ConsolePage = graphql(`
  query ConsolePage($slug: String!) {
    workshop(slug: $slug) {
      id
      slug
      title
      status
      viewerSessionMoves
      ...LiveStart_Workshop
      prompts {
        id
        position
        question
      }
      allContributions {
        ...ConsoleItem_Contribution
      }
      moderationLog(first: 50) {
        ...ModerationLog_ModerationAction
      }
      diagnosis {
        id
        title
        viewerCanCoordinate
        findings {
          id
          title
          status
        }
      }
    }
    themes {
      slug
      name
      nameEn
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const access = await query(event, ConsoleAccess, { slug: event.params.slug });
  // Said plainly before asking for anything coordinators only may read.
  if (!access.workshop.viewerIsCoordinator) error(403, 'Coordinators only');
  const [result, accepted] = await Promise.all([query(event, ConsolePage, { slug: event.params.slug }), limits(event)]);
  const { diagnosis } = result.workshop;
  // What its forms accept, and for how long a closed session may be reopened, as the API says.
  return {
    workshop: result.workshop,
    themes: result.themes,
    limits: accepted,
    // Promotion is for those who coordinate the workshop's diagnosis, not only the workshop.
    promotion: diagnosis?.viewerCanCoordinate ? diagnosis : null,
  };
};

// ---------- actions: one mutation each; the live streams bring the changes back ----------

const Approve = graphql(`
  mutation ConsoleApprove($id: ID!) {
    approveContribution(id: $id) {
      userErrors {
        field
        message
      }
    }
  }
`);
const Hide = graphql(`
  mutation ConsoleHide($id: ID!, $reason: String!) {
    hideContribution(id: $id, reason: $reason) {
      userErrors {
        field
        message
      }
    }
  }
`);
const Restore = graphql(`
  mutation ConsoleRestore($id: ID!) {
    restoreContribution(id: $id) {
      userErrors {
        field
        message
      }
    }
  }
`);
const Pin = graphql(`
  mutation ConsolePin($id: ID!) {
    pinContribution(id: $id) {
      userErrors {
        field
        message
      }
    }
  }
`);
const Unpin = graphql(`
  mutation ConsoleUnpin($id: ID!) {
    unpinContribution(id: $id) {
      userErrors {
        field
        message
      }
    }
  }
`);
const Address = graphql(`
  mutation ConsoleAddress($id: ID!) {
    markContributionAddressed(id: $id) {
      userErrors {
        field
        message
      }
    }
  }
`);
const Merge = graphql(`
  mutation ConsoleMerge($keepId: ID!, $duplicateId: ID!) {
    mergeContributions(keepId: $keepId, duplicateId: $duplicateId) {
      userErrors {
        field
        message
      }
    }
  }
`);
const Tag = graphql(`
  mutation ConsoleTag($id: ID!, $themeSlugs: [String!]!) {
    tagContribution(id: $id, themeSlugs: $themeSlugs) {
      userErrors {
        field
        message
      }
    }
  }
`);
const Schedule = graphql(`
  mutation ConsoleSchedule($workshopId: ID!) {
    scheduleWorkshop(workshopId: $workshopId) {
      userErrors {
        field
        message
      }
    }
  }
`);
const Open = graphql(`
  mutation ConsoleOpen($workshopId: ID!) {
    openWorkshop(workshopId: $workshopId) {
      userErrors {
        field
        message
      }
    }
  }
`);
const Reopen = graphql(`
  mutation ConsoleReopen($workshopId: ID!) {
    reopenWorkshop(workshopId: $workshopId) {
      userErrors {
        field
        message
      }
    }
  }
`);
const Pause = graphql(`
  mutation ConsolePause($workshopId: ID!) {
    pauseWorkshop(workshopId: $workshopId) {
      userErrors {
        field
        message
      }
    }
  }
`);
const Close = graphql(`
  mutation ConsoleClose($workshopId: ID!) {
    closeWorkshop(workshopId: $workshopId) {
      userErrors {
        field
        message
      }
    }
  }
`);
const SetMode = graphql(`
  mutation ConsoleSetMode($workshopId: ID!, $mode: ModerationMode!) {
    setModerationMode(workshopId: $workshopId, mode: $mode) {
      userErrors {
        field
        message
      }
    }
  }
`);
const SetPrompt = graphql(`
  mutation ConsoleSetPrompt($workshopId: ID!, $promptId: ID) {
    setActivePrompt(workshopId: $workshopId, promptId: $promptId) {
      userErrors {
        field
        message
      }
    }
  }
`);
const AddPrompt = graphql(`
  mutation ConsoleAddPrompt($workshopId: ID!, $question: String!) {
    addPrompt(workshopId: $workshopId, question: $question) {
      userErrors {
        field
        message
      }
    }
  }
`);

/** The console's actions, named as its forms post them (`?/approve`…). */
type ConsoleAction =
  | 'approve'
  | 'hide'
  | 'restore'
  | 'pin'
  | 'unpin'
  | 'address'
  | 'merge'
  | 'tag'
  | 'schedule'
  | 'open'
  | 'reopen'
  | 'pause'
  | 'close'
  | 'mode'
  | 'prompt'
  | 'addPrompt';

interface Problem {
  status: number;
  error?: ApiErrorCode;
  userErrors?: FieldError[];
}

/** Runs one mutation; a refusal becomes a problem to show beside the form that asked. */
async function run<Data, Variables extends AnyVariables>(
  event: RequestEvent,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  payload: (data: Data) => { userErrors: FieldError[] },
): Promise<Problem | null> {
  const result = await mutate(event, document, variables);
  if (result.failure) return { status: result.failure.status, error: result.failure.code };
  const { userErrors } = payload(result.data);
  return userErrors.length > 0 ? { status: 400, userErrors } : null;
}

/** What the page learns: which form (action and item) succeeded or failed. */
function outcome(action: ConsoleAction, target: string, problem: Problem | null) {
  if (problem) {
    return fail(problem.status, {
      failed: { action, target, error: problem.error ?? null, userErrors: problem.userErrors ?? [] },
    });
  }
  return { done: { action, target } };
}

async function form(event: RequestEvent) {
  const data = await event.request.formData();
  return { data, id: formText(data, 'id'), workshopId: formText(data, 'workshopId') };
}

export const actions: Actions = {
  promote,
  approve: async (event) => {
    const { id } = await form(event);
    return outcome('approve', id, await run(event, Approve, { id }, (d) => d.approveContribution));
  },
  hide: async (event) => {
    const { data, id } = await form(event);
    const reason = formText(data, 'reason', { max: transportCap((await limitsIfKnown(event))?.reasonMax) });
    return outcome('hide', id, await run(event, Hide, { id, reason }, (d) => d.hideContribution));
  },
  restore: async (event) => {
    const { id } = await form(event);
    return outcome('restore', id, await run(event, Restore, { id }, (d) => d.restoreContribution));
  },
  pin: async (event) => {
    const { id } = await form(event);
    return outcome('pin', id, await run(event, Pin, { id }, (d) => d.pinContribution));
  },
  unpin: async (event) => {
    const { id } = await form(event);
    return outcome('unpin', id, await run(event, Unpin, { id }, (d) => d.unpinContribution));
  },
  address: async (event) => {
    const { id } = await form(event);
    return outcome('address', id, await run(event, Address, { id }, (d) => d.markContributionAddressed));
  },
  merge: async (event) => {
    const { data } = await form(event);
    const duplicateId = formText(data, 'duplicateId');
    const keepId = formText(data, 'keepId');
    return outcome('merge', duplicateId, await run(event, Merge, { keepId, duplicateId }, (d) => d.mergeContributions));
  },
  tag: async (event) => {
    const { data, id } = await form(event);
    const themeSlugs = data.getAll('themes').filter((v): v is string => typeof v === 'string');
    return outcome('tag', id, await run(event, Tag, { id, themeSlugs }, (d) => d.tagContribution));
  },
  schedule: async (event) => {
    const { workshopId } = await form(event);
    return outcome('schedule', workshopId, await run(event, Schedule, { workshopId }, (d) => d.scheduleWorkshop));
  },
  open: async (event) => {
    const { workshopId } = await form(event);
    return outcome('open', workshopId, await run(event, Open, { workshopId }, (d) => d.openWorkshop));
  },
  reopen: async (event) => {
    const { workshopId } = await form(event);
    return outcome('reopen', workshopId, await run(event, Reopen, { workshopId }, (d) => d.reopenWorkshop));
  },
  pause: async (event) => {
    const { workshopId } = await form(event);
    return outcome('pause', workshopId, await run(event, Pause, { workshopId }, (d) => d.pauseWorkshop));
  },
  close: async (event) => {
    const { workshopId } = await form(event);
    return outcome('close', workshopId, await run(event, Close, { workshopId }, (d) => d.closeWorkshop));
  },
  mode: async (event) => {
    const { data, workshopId } = await form(event);
    const raw = formText(data, 'mode');
    const mode: ModerationMode = raw === 'OPEN' ? 'OPEN' : 'STRICT';
    return outcome('mode', workshopId, await run(event, SetMode, { workshopId, mode }, (d) => d.setModerationMode));
  },
  prompt: async (event) => {
    const { data, workshopId } = await form(event);
    const promptId = formText(data, 'promptId') || null;
    return outcome(
      'prompt',
      workshopId,
      await run(event, SetPrompt, { workshopId, promptId }, (d) => d.setActivePrompt),
    );
  },
  addPrompt: async (event) => {
    const { data, workshopId } = await form(event);
    const question = formText(data, 'question', { max: transportCap((await limitsIfKnown(event))?.questionMax) });
    return outcome('addPrompt', workshopId, await run(event, AddPrompt, { workshopId, question }, (d) => d.addPrompt));
  },
};
