import type { Context } from '../shared/context.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg } from '../shared/payload.js';
import { writeInWorkshop, type WorkshopWrite } from '../workshops/workshop.writer.js';
import { WorkshopEventType } from '../workshops/workshop-event.type.js';
import { ModerationState } from '../contributions/contribution.entity.js';
import { themeIdsOf } from '../contributions/contribution.writes.js';
import { reasonLimits } from '../contributions/contribution.inputs.js';
import { emitContribution, lockedTarget, moderatedTarget, type Target } from '../contributions/contribution.target.js';
import { ModerationActionKind } from './moderation-action.entity.js';
import { logAction } from './moderation.log.js';

type Step = (write: WorkshopWrite, current: Target) => Promise<void>;

/**
 * One moderation action: coordinator check first, then under the workshop lock the state check,
 * the change, the log line and the event — all committed together or not at all.
 */
async function moderate(
  ctx: Context,
  globalId: string,
  action: ModerationActionKind,
  event: WorkshopEventType,
  allowedFrom: ModerationState[],
  change: Step,
  reason?: string,
) {
  const { target, actorId } = await moderatedTarget(ctx, globalId);
  await writeInWorkshop(ctx, target.workshopId, async (write) => {
    const current = await lockedTarget(write.trx, target.id);
    if (!allowedFrom.includes(current.moderationState)) {
      throw invalid(msg('MODERATION_NOT_APPLICABLE', { state: current.moderationState }), 'id');
    }
    await change(write, current);
    await logAction(write.trx, {
      workshopId: target.workshopId,
      actorId,
      action,
      contributionId: target.id,
      reason,
    });
    await emitContribution(write, event, target.id, current.moderationState);
  });
  ctx.loaders.contributionById.clear(target.id);
  return { contribution: await ctx.loaders.contributionById.load(target.id) };
}

const set =
  (values: Record<string, unknown>): Step =>
  async ({ trx }, current) => {
    await trx('contribution')
      .where('id', current.id)
      .update({ ...values, updated_at: trx.fn.now() });
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
      [PENDING],
      set({ moderation_state: PUBLISHED }),
    ),

  hide(ctx: Context, id: string, reason: string) {
    const text = checkReason(reason);
    return moderate(
      ctx,
      id,
      ModerationActionKind.HIDE,
      WorkshopEventType.CONTRIBUTION_REMOVED,
      [PENDING, PUBLISHED],
      set({ moderation_state: HIDDEN, hidden_reason: text, pinned: false }),
      text,
    );
  },

  restore: (ctx: Context, id: string) =>
    moderate(
      ctx,
      id,
      ModerationActionKind.RESTORE,
      WorkshopEventType.CONTRIBUTION_RESTORED,
      [HIDDEN],
      set({ moderation_state: PUBLISHED, hidden_reason: null }),
    ),

  pin: (ctx: Context, id: string, pinned: boolean) =>
    moderate(
      ctx,
      id,
      pinned ? ModerationActionKind.PIN : ModerationActionKind.UNPIN,
      WorkshopEventType.CONTRIBUTION_PINNED,
      [PUBLISHED],
      set({ pinned }),
    ),

  markAddressed: (ctx: Context, id: string) =>
    moderate(
      ctx,
      id,
      ModerationActionKind.ADDRESS,
      WorkshopEventType.CONTRIBUTION_ADDRESSED,
      [PUBLISHED],
      async ({ trx }, current) => {
        await trx('contribution')
          .where('id', current.id)
          .update({ addressed_at: trx.fn.now(), updated_at: trx.fn.now() });
      },
    ),

  tag(ctx: Context, id: string, themeSlugs: string[]) {
    const slugs = [...new Set(themeSlugs.map((s) => s.trim()))];
    return moderate(
      ctx,
      id,
      ModerationActionKind.TAG,
      WorkshopEventType.CONTRIBUTION_TAGGED,
      [PENDING, PUBLISHED, HIDDEN],
      async ({ trx }, current) => {
        const themeIds = await themeIdsOf(trx, slugs);
        await trx('contribution_theme').where('contribution_id', current.id).delete();
        if (themeIds.length > 0) {
          await trx('contribution_theme').insert(
            themeIds.map((theme_id) => ({ contribution_id: current.id, theme_id })),
          );
        }
      },
      slugs.join(', '),
    );
  },

  /** The duplicate is marked merged; its supporters (and its author) now support the one kept. */
  async merge(ctx: Context, keepGlobalId: string, duplicateGlobalId: string) {
    const keepId = idOf('Contribution', keepGlobalId, 'keepId');
    const duplicateId = idOf('Contribution', duplicateGlobalId, 'duplicateId');
    if (keepId === duplicateId) throw invalid(msg('MERGE_SAME'), 'duplicateId');
    await moderatedTarget(ctx, keepGlobalId, 'keepId');
    const result = await moderate(
      ctx,
      duplicateGlobalId,
      ModerationActionKind.MERGE,
      WorkshopEventType.CONTRIBUTION_MERGED,
      [PENDING, PUBLISHED],
      async (write, duplicate) => {
        const { trx } = write;
        const kept = await lockedTarget(trx, keepId);
        if (kept.workshopId !== duplicate.workshopId) throw invalid(msg('MERGE_ACROSS_WORKSHOPS'), 'keepId');
        if (kept.moderationState !== PUBLISHED && kept.moderationState !== PENDING) {
          throw invalid(msg('MERGE_KEEP_STATE'), 'keepId');
        }
        const authorKey = duplicate.authorId
          ? `p:${duplicate.authorId}`
          : duplicate.guestId
            ? `g:${duplicate.guestId}`
            : null;
        await trx.raw(
          `insert into contribution_vote (contribution_id, voter_key)
           select ?::uuid, voter_key from contribution_vote where contribution_id = ?
           ${authorKey ? 'union select ?::uuid, ?::text' : ''}
           on conflict do nothing`,
          authorKey ? [keepId, duplicateId, keepId, authorKey] : [keepId, duplicateId],
        );
        await trx('contribution')
          .where('id', keepId)
          .update({
            vote_count: trx('contribution_vote').count('*').where('contribution_id', keepId),
            updated_at: trx.fn.now(),
          });
        await trx('contribution').where('id', duplicate.id).update({
          moderation_state: ModerationState.MERGED,
          merged_into_id: keepId,
          pinned: false,
          updated_at: trx.fn.now(),
        });
        await emitContribution(write, WorkshopEventType.CONTRIBUTION_VOTED, keepId, kept.moderationState);
      },
    );
    ctx.loaders.contributionById.clear(keepId);
    return { contribution: (await ctx.loaders.contributionById.load(keepId)) ?? result.contribution };
  },
};
