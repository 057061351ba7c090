import type { EntityData } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg } from '../shared/payload.js';
import { writeInWorkshop, type WorkshopWrite } from '../workshops/workshop.writer.js';
import { WorkshopEventType } from '../workshops/workshop-event.type.js';
import { Contribution, ContributionReport, ModerationState } from '../contributions/contribution.entity.js';
import { themesOf } from '../contributions/contribution.writes.js';
import { reasonLimits } from '../contributions/contribution.inputs.js';
import { emitContribution, lockedTarget, moderatedTarget, type Target } from '../contributions/contribution.target.js';
import { ModerationActionKind } from './moderation-action.entity.js';
import { logAction } from './moderation.log.js';
import { mergeFrom, moderationRefusal, ModerationMove, type ModeratedFacts } from './moderation.policy.js';
import { refuse } from '../shared/errors.js';

/** The change itself, made to the managed contribution (`current`: what it was before). */
type Step = (write: WorkshopWrite, contribution: Contribution, current: Target) => Promise<void> | void;

/**
 * One moderation action: coordinator check first, then under the workshop's and the
 * contribution's locks the state check, the change, the log line and the event — all committed
 * together or not at all.
 */
async function moderate(
  ctx: Context,
  globalId: string,
  action: ModerationActionKind,
  event: WorkshopEventType,
  guard: ((c: ModeratedFacts) => Error | null) | ModerationMove,
  change: Step,
  reason?: string,
) {
  const { target, actorId } = await moderatedTarget(ctx, globalId);
  await writeInWorkshop(ctx, target.workshopId, async (write) => {
    const { contribution, current } = await lockedTarget(write.em, target.id);
    const facts = { ...current, addressedAt: contribution.addressedAt ?? null };
    refuse(typeof guard === 'function' ? guard(facts) : moderationRefusal(facts, guard));
    await change(write, contribution, current);
    logAction(write.em, {
      workshopId: target.workshopId,
      actorId,
      action,
      contributionId: target.id,
      reason,
    });
    emitContribution(write, event, target.id, current.moderationState);
  });
  ctx.loaders.contributionById.clear(target.id);
  return { contribution: await ctx.loaders.contributionById.load(target.id) };
}

const set =
  (values: EntityData<Contribution>): Step =>
  ({ em }, contribution) => {
    em.assign(contribution, values);
  };

function checkReason(reason: string): string {
  const text = reason.trim();
  if (text.length < reasonLimits.min || text.length > reasonLimits.max)
    throw invalid(msg('HIDE_REASON_LENGTH', reasonLimits), 'reason');
  return text;
}

const { PENDING, PUBLISHED, HIDDEN } = ModerationState;

export const moderationService = {
  approve: (ctx: Context, id: string) =>
    moderate(
      ctx,
      id,
      ModerationActionKind.APPROVE,
      WorkshopEventType.CONTRIBUTION_APPROVED,
      ModerationMove.APPROVE,
      set({ moderationState: PUBLISHED }),
    ),

  hide(ctx: Context, id: string, reason: string) {
    const text = checkReason(reason);
    return moderate(
      ctx,
      id,
      ModerationActionKind.HIDE,
      WorkshopEventType.CONTRIBUTION_REMOVED,
      ModerationMove.HIDE,
      set({ moderationState: HIDDEN, hiddenReason: text, pinned: false }),
      text,
    );
  },

  restore: (ctx: Context, id: string) =>
    moderate(
      ctx,
      id,
      ModerationActionKind.RESTORE,
      WorkshopEventType.CONTRIBUTION_RESTORED,
      ModerationMove.RESTORE,
      set({ moderationState: PUBLISHED, hiddenReason: null }),
    ),

  pin: (ctx: Context, id: string, pinned: boolean) =>
    moderate(
      ctx,
      id,
      pinned ? ModerationActionKind.PIN : ModerationActionKind.UNPIN,
      WorkshopEventType.CONTRIBUTION_PINNED,
      pinned ? ModerationMove.PIN : ModerationMove.UNPIN,
      set({ pinned }),
    ),

  /** The reports were read and the contribution stays: they leave the coordinators' « to review » list. */
  keep: (ctx: Context, id: string) =>
    moderate(
      ctx,
      id,
      ModerationActionKind.KEEP,
      WorkshopEventType.CONTRIBUTION_REPORTED,
      (c) =>
        c.moderationState === PUBLISHED
          ? null
          : invalid(msg('MODERATION_NOT_APPLICABLE', { state: c.moderationState }), 'id'),
      async ({ em }, contribution) => {
        const open = await em.find(ContributionReport, { contribution, reviewedAt: null });
        refuse(open.length === 0 ? invalid(msg('MODERATION_NOTHING_TO_DO'), 'id') : null);
        const now = new Date();
        for (const report of open) report.reviewedAt = now;
      },
    ),

  markAddressed: (ctx: Context, id: string) =>
    moderate(
      ctx,
      id,
      ModerationActionKind.ADDRESS,
      WorkshopEventType.CONTRIBUTION_ADDRESSED,
      ModerationMove.ADDRESS,
      set({ addressedAt: new Date() }),
    ),

  tag(ctx: Context, id: string, themeSlugs: string[]) {
    const slugs = [...new Set(themeSlugs.map((s) => s.trim()))];
    return moderate(
      ctx,
      id,
      ModerationActionKind.TAG,
      WorkshopEventType.CONTRIBUTION_TAGGED,
      ModerationMove.TAG,
      async ({ em }, contribution) => {
        const themes = await themesOf(em, slugs);
        // Read first: set() on a collection not read yet takes an empty list for no change at all.
        await contribution.themes.init();
        contribution.themes.set(themes);
      },
      slugs.join(', '),
    );
  },

  /** The duplicate is marked merged; its supporters (and its author) now support the one kept. */
  async merge(ctx: Context, keepGlobalId: string, duplicateGlobalId: string) {
    const keepId = idOf('Contribution', keepGlobalId, 'keepId');
    const duplicateId = idOf('Contribution', duplicateGlobalId, 'duplicateId');
    if (keepId === duplicateId) throw invalid(msg('MERGE_SAME'), 'duplicateId');
    const { target: keep } = await moderatedTarget(ctx, keepGlobalId, 'keepId');
    const result = await moderate(
      ctx,
      duplicateGlobalId,
      ModerationActionKind.MERGE,
      WorkshopEventType.CONTRIBUTION_MERGED,
      (c) =>
        mergeFrom.includes(c.moderationState)
          ? null
          : invalid(msg('MODERATION_NOT_APPLICABLE', { state: c.moderationState }), 'id'),
      async (write, duplicate, current) => {
        const { em } = write;
        // A contribution never moves to another workshop: this is known before locking the one
        // kept, which is then always under the lock of the workshop held (no lock-order cycle).
        if (keep.workshopId !== current.workshopId) throw invalid(msg('MERGE_ACROSS_WORKSHOPS'), 'keepId');
        const { current: kept } = await lockedTarget(em, keepId);
        if (kept.moderationState !== PUBLISHED && kept.moderationState !== PENDING) {
          throw invalid(msg('MERGE_KEEP_STATE'), 'keepId');
        }
        const authorKey = current.authorId ? `p:${current.authorId}` : current.guestId ? `g:${current.guestId}` : null;
        // As a vote is, the supporters are moved by single statements, the key (contribution,
        // voter) dropping those of both, and the tally is counted again in SQL: no version moves.
        await em.execute(
          `insert into contribution_vote (contribution_id, voter_key)
           select ?::uuid, voter_key from contribution_vote where contribution_id = ?
           ${authorKey ? 'union select ?::uuid, ?::text' : ''}
           on conflict do nothing`,
          authorKey ? [keepId, duplicateId, keepId, authorKey] : [keepId, duplicateId],
        );
        await em.execute(
          `update contribution set updated_at = now(),
             vote_count = (select count(*) from contribution_vote v where v.contribution_id = ?) where id = ?`,
          [keepId, keepId],
        );
        em.assign(duplicate, { moderationState: ModerationState.MERGED, mergedInto: keepId, pinned: false });
        emitContribution(write, WorkshopEventType.CONTRIBUTION_VOTED, keepId, kept.moderationState);
      },
    );
    ctx.loaders.contributionById.clear(keepId);
    return { contribution: (await ctx.loaders.contributionById.load(keepId)) ?? result.contribution };
  },
};
