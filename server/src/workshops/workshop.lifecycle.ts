import { randomInt } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import { rateLimits } from '../shared/rate-limit.js';
import type { Context } from '../shared/context.js';
import { requireModerator } from '../shared/access.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg, type InvalidInput } from '../shared/payload.js';
import { toDate } from '../shared/scalars.js';
import { writeInWorkshop } from './workshop.writer.js';
import { snapshotWorkshop } from './workshop.events.js';
import { WorkshopEventType } from './workshop-event.type.js';
import { logAction } from '../moderation/moderation.log.js';
import { ModerationActionKind } from '../moderation/moderation-action.entity.js';
import { ModerationMode, WorkshopStatus } from './workshop.entity.js';
import { questionLimits } from './workshop.inputs.js';

// No 0/O, 1/I/L: codes are read off a projector and typed on phones.
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

async function newJoinCode(trx: Knex.Transaction): Promise<string> {
  for (;;) {
    const code = Array.from({ length: 6 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
    if (!(await trx('workshop').select('id').where('join_code', code).first())) return code;
  }
}

type Transition = 'schedule' | 'open' | 'pause' | 'close';

const transitions: Record<Transition, { from: WorkshopStatus[]; to: WorkshopStatus; action: ModerationActionKind }> = {
  schedule: {
    from: [WorkshopStatus.DRAFT],
    to: WorkshopStatus.SCHEDULED,
    action: ModerationActionKind.SCHEDULE,
  },
  open: {
    from: [WorkshopStatus.SCHEDULED, WorkshopStatus.PAUSED],
    to: WorkshopStatus.LIVE,
    action: ModerationActionKind.OPEN,
  },
  pause: {
    from: [WorkshopStatus.LIVE],
    to: WorkshopStatus.PAUSED,
    action: ModerationActionKind.PAUSE,
  },
  close: {
    from: [WorkshopStatus.LIVE, WorkshopStatus.PAUSED],
    to: WorkshopStatus.CLOSED,
    action: ModerationActionKind.CLOSE,
  },
};

/**
 * A closed session may be reopened for this long after it closed (a close by mistake, a second
 * round the same day); after that, what was said is the workshop's record.
 */
export const reopenWindowHours = 24;

/** When the session was last closed, from the moderation log (null: it never was, here). */
async function closedAt(knex: Knex, workshopId: string): Promise<Date | null> {
  const row = (await knex('moderation_action')
    .where({ workshop_id: workshopId, action: ModerationActionKind.CLOSE })
    .max('created_at as at')
    .first()) as { at: unknown } | undefined;
  return toDate(row?.at);
}

/** Why the session cannot be reopened now; null when it can. */
function reopenRefusal(status: WorkshopStatus, closed: Date | null, now = Date.now()): InvalidInput | null {
  if (status !== WorkshopStatus.CLOSED) {
    return invalid(msg('TRANSITION_REFUSED', { status, transition: 'reopen' }), 'workshopId');
  }
  if (!closed || now - closed.getTime() > reopenWindowHours * 3_600_000) {
    return invalid(msg('REOPEN_TOO_LATE', { hours: reopenWindowHours }), 'workshopId');
  }
  return null;
}

/** Runs a coordinator's change to the session itself and tells the room. */
async function changeWorkshop(
  ctx: Context,
  workshopGlobalId: string,
  change: (write: Parameters<Parameters<typeof writeInWorkshop>[2]>[0], actorId: string) => Promise<WorkshopEventType>,
) {
  const workshopId = idOf('Workshop', workshopGlobalId, 'workshopId');
  const viewer = ctx.viewer;
  requireModerator(viewer, workshopId);
  await writeInWorkshop(ctx, workshopId, async (write) => {
    const type = await change(write, viewer.personId);
    write.emit(type, { workshop: await snapshotWorkshop(write.trx, workshopId) });
  });
  ctx.loaders.workshopById.clear(workshopId);
  return { workshop: await ctx.loaders.workshopById.load(workshopId) };
}

export const workshopLifecycle = {
  transition(ctx: Context, workshopId: string, transition: Transition) {
    const rule = transitions[transition];
    return changeWorkshop(ctx, workshopId, async ({ trx, workshop }, actorId) => {
      if (!rule.from.includes(workshop.status)) {
        throw invalid(msg('TRANSITION_REFUSED', { status: workshop.status, transition }), 'workshopId');
      }
      const update: Record<string, unknown> = { status: rule.to, updated_at: trx.fn.now() };
      if (rule.to === WorkshopStatus.LIVE && !workshop.joinCode) update.join_code = await newJoinCode(trx);
      // A closed workshop's code goes back to the pool: nobody can join it any more.
      if (rule.to === WorkshopStatus.CLOSED) update.join_code = null;
      await trx('workshop').where('id', workshop.id).update(update);
      await logAction(trx, { workshopId: workshop.id, actorId, action: rule.action });
      return WorkshopEventType.WORKSHOP_STATUS_CHANGED;
    });
  },

  /**
   * Closed → live again, within the window. The old code went back to the pool at closing, so a
   * new one is made (the wall shows it). Logged as an opening whose reason is the state it left.
   */
  reopen(ctx: Context, workshopId: string) {
    return changeWorkshop(ctx, workshopId, async ({ trx, workshop }, actorId) => {
      const refusal = reopenRefusal(workshop.status, await closedAt(trx, workshop.id));
      if (refusal) throw refusal;
      await trx('workshop')
        .where('id', workshop.id)
        .update({ status: WorkshopStatus.LIVE, join_code: await newJoinCode(trx), updated_at: trx.fn.now() });
      await logAction(trx, {
        workshopId: workshop.id,
        actorId,
        action: ModerationActionKind.OPEN,
        reason: WorkshopStatus.CLOSED,
      });
      return WorkshopEventType.WORKSHOP_STATUS_CHANGED;
    });
  },

  /** Whether `reopen` would accept it now (asked of closed workshops, by those who run them). */
  async canReopen(ctx: Context, workshopId: string): Promise<boolean> {
    return reopenRefusal(WorkshopStatus.CLOSED, await closedAt(ctx.knex, workshopId)) === null;
  },

  setModerationMode(ctx: Context, workshopId: string, mode: ModerationMode) {
    return changeWorkshop(ctx, workshopId, async ({ trx, workshop }, actorId) => {
      if (workshop.status === WorkshopStatus.CLOSED) throw invalid(msg('WORKSHOP_IS_CLOSED'), 'workshopId');
      await trx('workshop').where('id', workshop.id).update({ moderation_mode: mode, updated_at: trx.fn.now() });
      await logAction(trx, { workshopId: workshop.id, actorId, action: ModerationActionKind.MODE, reason: mode });
      return WorkshopEventType.WORKSHOP_MODE_CHANGED;
    });
  },

  setActivePrompt(ctx: Context, workshopId: string, promptGlobalId: string | null | undefined) {
    const promptId = promptGlobalId ? idOf('Prompt', promptGlobalId, 'promptId') : null;
    return changeWorkshop(ctx, workshopId, async ({ trx, workshop }, actorId) => {
      if (workshop.status === WorkshopStatus.CLOSED) throw invalid(msg('WORKSHOP_IS_CLOSED'), 'workshopId');
      if (promptId && !(await trx('prompt').select('id').where({ id: promptId, workshop_id: workshop.id }).first())) {
        throw invalid(msg('PROMPT_ELSEWHERE'), 'promptId');
      }
      await trx('workshop').where('id', workshop.id).update({ active_prompt_id: promptId, updated_at: trx.fn.now() });
      await logAction(trx, { workshopId: workshop.id, actorId, action: ModerationActionKind.PROMPT });
      return WorkshopEventType.WORKSHOP_PROMPT_CHANGED;
    });
  },

  addPrompt(ctx: Context, workshopId: string, question: string) {
    const text = question.trim();
    return changeWorkshop(ctx, workshopId, async ({ trx, workshop }, actorId) => {
      if (text.length < questionLimits.min || text.length > questionLimits.max)
        throw invalid(msg('QUESTION_LENGTH', questionLimits), 'question');
      if (workshop.status === WorkshopStatus.CLOSED) throw invalid(msg('WORKSHOP_IS_CLOSED'), 'workshopId');
      const [{ next }] = (await trx('prompt')
        .where('workshop_id', workshop.id)
        .select(trx.raw('coalesce(max(position), 0) + 1 as next'))) as [{ next: number }];
      const id = crypto.randomUUID();
      await trx('prompt').insert({ id, workshop_id: workshop.id, position: next, question: text });
      // The new question is put to the room at once: that is why coordinators add one live.
      await trx('workshop').where('id', workshop.id).update({ active_prompt_id: id, updated_at: trx.fn.now() });
      await logAction(trx, { workshopId: workshop.id, actorId, action: ModerationActionKind.PROMPT, reason: text });
      return WorkshopEventType.WORKSHOP_PROMPT_CHANGED;
    });
  },

  async byCode(ctx: Context, code: string) {
    // A code is a key to a room: looking codes up is limited per client like joining is.
    await rateLimits.codeLookup.take(ctx.request.ip);
    const id = await liveWorkshopIdOf(ctx.knex, normalizeJoinCode(code));
    return id ? ctx.loaders.workshopById.load(id) : null;
  },
};

/** Codes are typed on phones: spaces, dashes and lower case are forgiven. */
export const normalizeJoinCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase().slice(0, 12);

/** The live or paused workshop a join code opens. */
export async function liveWorkshopIdOf(knex: Knex, normalizedCode: string): Promise<string | null> {
  const row = (await knex('workshop')
    .select('id')
    .where('join_code', normalizedCode)
    .whereIn('status', [WorkshopStatus.LIVE, WorkshopStatus.PAUSED])
    .first()) as { id: string } | undefined;
  return row?.id ?? null;
}
