import type { Context } from '../shared/context.js';
import { requireModerator } from '../shared/access.js';
import { badInput, notFound } from '../shared/errors.js';
import { idOf, toGlobalId } from '../shared/ids.js';
import { canModerate, type Viewer } from '../shared/viewer.js';
import { isAuthor, visible } from '../shared/visibility.js';
import type { ContributionType } from '../contributions/contribution.type.js';
import type { ModerationMode, WorkshopStatus } from '../workshops/workshop.entity.js';
import { queueEventTypes, workshopEventStream, type StreamItem } from './event.stream.js';
import type { ContributionSnapshot, StoredEvent } from './live.types.js';
import type { WorkshopEventObject } from './live.type.js';
import { WorkshopEventType } from './workshop-event.entity.js';

function contributionOf(snapshot: ContributionSnapshot): ContributionType {
  return snapshot as unknown as ContributionType;
}

/**
 * What one viewer receives of a stored event — the in-memory twin of the SQL visibility rule.
 * A contribution the viewer may not see is left out, unless it was public before this change:
 * then its id alone tells the board to drop it.
 */
export function eventFor(viewer: Viewer, event: StoredEvent): WorkshopEventObject | null {
  const base = {
    seq: event.seq,
    type: event.type,
    at: event.at,
    contributionId: null,
    contribution: null,
    mergedIntoId: null,
    voteCount: null,
    workshop: null,
    connectedCount: null,
    reason: null,
    shareKey: null,
  } satisfies WorkshopEventObject;
  const shared = (kind: string) => `${event.workshopId}:${event.seq}:${kind}`;
  const { contribution, workshop } = event.data;
  if (workshop) {
    const prompt =
      workshop.activePromptId && workshop.activePromptQuestion !== null
        ? {
            id: workshop.activePromptId,
            question: workshop.activePromptQuestion,
            position: workshop.activePromptPosition ?? 0,
            workshopId: event.workshopId,
          }
        : null;
    // The join code is the key to the room: only those who run it receive it.
    const staff = canModerate(viewer, event.workshopId);
    return {
      ...base,
      shareKey: shared(staff ? 'workshop:staff' : 'workshop'),
      workshop: {
        status: workshop.status as WorkshopStatus,
        moderationMode: workshop.moderationMode as ModerationMode,
        activePrompt: prompt,
        joinCode: staff ? workshop.joinCode : null,
      },
    };
  }
  if (!contribution) return null;
  const moderator = canModerate(viewer, event.workshopId);
  if (event.type === WorkshopEventType.CONTRIBUTION_REPORTED && !moderator) return null;
  const id = toGlobalId('Contribution', contribution.id);
  const seenThen = visible.contributionFacts(contribution, viewer);
  // A replayed event shows the snapshot only if the contribution is still visible now.
  const seenNow =
    event.currentState === undefined ||
    (event.currentState !== null &&
      visible.contributionFacts({ ...contribution, moderationState: event.currentState }, viewer));
  if (seenThen && seenNow) {
    return {
      ...base,
      contributionId: id,
      contribution: contributionOf(contribution),
      voteCount: contribution.voteCount,
      mergedIntoId: contribution.mergedIntoId ? toGlobalId('Contribution', contribution.mergedIntoId) : null,
      reason: moderator ? (event.data.reason ?? null) : null,
      // Moderators and the author see fields of their own (reasons, viewerIsAuthor…).
      shareKey: moderator || isAuthor(viewer, contribution) ? null : shared('content'),
    };
  }
  if (!event.data.wasPublic && !seenThen) return null;
  return {
    ...base,
    contributionId: id,
    mergedIntoId: contribution.mergedIntoId ? toGlobalId('Contribution', contribution.mergedIntoId) : null,
    shareKey: shared('id'),
  };
}

function presenceEvent(workshopId: string, item: { presence: number; seq: number }): WorkshopEventObject {
  return {
    shareKey: `${workshopId}:${item.seq}:presence:${item.presence}`,
    seq: item.seq,
    type: WorkshopEventType.PRESENCE,
    at: new Date().toISOString(),
    contributionId: null,
    contribution: null,
    mergedIntoId: null,
    voteCount: null,
    workshop: null,
    connectedCount: item.presence,
    reason: null,
  };
}

async function openStream(ctx: Context, workshopGlobalId: string, afterSeq: number | null | undefined) {
  const workshopId = idOf('Workshop', workshopGlobalId, 'workshopId');
  if (afterSeq !== null && afterSeq !== undefined && (!Number.isInteger(afterSeq) || afterSeq < 0)) {
    throw badInput('afterSeq must be a whole number, 0 or more.', 'afterSeq');
  }
  if (!(await ctx.loaders.workshopById.load(workshopId))) throw notFound('Workshop');
  return workshopId;
}

export const liveService = {
  async workshopEvents(ctx: Context, workshopGlobalId: string, afterSeq: number | null | undefined) {
    const workshopId = await openStream(ctx, workshopGlobalId, afterSeq);
    const viewer = ctx.viewer;
    return workshopEventStream<WorkshopEventObject>({
      knex: ctx.knex,
      hub: ctx.live,
      workshopId,
      afterSeq,
      transform: (item: StreamItem) => ('presence' in item ? presenceEvent(workshopId, item) : eventFor(viewer, item)),
    });
  },

  async moderationQueueEvents(ctx: Context, workshopGlobalId: string, afterSeq: number | null | undefined) {
    const workshopId = idOf('Workshop', workshopGlobalId, 'workshopId');
    requireModerator(ctx.viewer, workshopId);
    await openStream(ctx, workshopGlobalId, afterSeq);
    const viewer = ctx.viewer;
    return workshopEventStream<WorkshopEventObject>({
      knex: ctx.knex,
      hub: ctx.live,
      workshopId,
      afterSeq,
      transform: (item: StreamItem) =>
        'presence' in item || !queueEventTypes.has(item.type) ? null : eventFor(viewer, item),
    });
  },
};
