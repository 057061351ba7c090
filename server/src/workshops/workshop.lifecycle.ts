import { randomInt } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import { rateLimits } from '../shared/rate-limit.js';
import type { Context } from '../shared/context.js';
import { requireModerator } from '../shared/access.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg } from '../shared/payload.js';
import { writeInWorkshop, snapshotWorkshop } from '../live/event.writer.js';
import { WorkshopEventType } from '../live/workshop-event.entity.js';
import { logAction } from '../moderation/moderation.log.js';
import { ModerationActionKind } from '../moderation/moderation-action.entity.js';
import { ModerationMode, WorkshopStatus } from './workshop.entity.js';

// No 0/O, 1/I/L: codes are read off a projector and typed on phones.
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

async function newJoinCode(trx: Knex.Transaction): Promise<string> {
  for (;;) {
    const code = Array.from({ length: 6 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
    if (!(await trx('workshop').select('id').where('join_code', code).first())) return code;
  }
}

const statusFr: Record<WorkshopStatus, string> = {
  DRAFT: 'en brouillon',
  SCHEDULED: 'programmé',
  LIVE: 'en direct',
  PAUSED: 'en pause',
  CLOSED: 'clos',
};

type Transition = 'schedule' | 'open' | 'pause' | 'close';

const transitions: Record<
  Transition,
  { from: WorkshopStatus[]; to: WorkshopStatus; action: ModerationActionKind; verb: string; verbFr: string }
> = {
  schedule: {
    from: [WorkshopStatus.DRAFT],
    to: WorkshopStatus.SCHEDULED,
    action: ModerationActionKind.SCHEDULE,
    verb: 'scheduled',
    verbFr: 'programmé',
  },
  open: {
    from: [WorkshopStatus.SCHEDULED, WorkshopStatus.PAUSED],
    to: WorkshopStatus.LIVE,
    action: ModerationActionKind.OPEN,
    verb: 'opened',
    verbFr: 'ouvert',
  },
  pause: {
    from: [WorkshopStatus.LIVE],
    to: WorkshopStatus.PAUSED,
    action: ModerationActionKind.PAUSE,
    verb: 'paused',
    verbFr: 'mis en pause',
  },
  close: {
    from: [WorkshopStatus.LIVE, WorkshopStatus.PAUSED],
    to: WorkshopStatus.CLOSED,
    action: ModerationActionKind.CLOSE,
    verb: 'closed',
    verbFr: 'clos',
  },
};

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
        throw invalid(
          msg(
            `This workshop is ${workshop.status.toLowerCase()}: it cannot be ${rule.verb}.`,
            `Cet atelier est ${statusFr[workshop.status]} : il ne peut pas être ${rule.verbFr}.`,
          ),
          'workshopId',
        );
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

  setModerationMode(ctx: Context, workshopId: string, mode: ModerationMode) {
    return changeWorkshop(ctx, workshopId, async ({ trx, workshop }, actorId) => {
      if (workshop.status === WorkshopStatus.CLOSED)
        throw invalid(msg('This workshop is closed.', 'Cet atelier est clos.'), 'workshopId');
      await trx('workshop').where('id', workshop.id).update({ moderation_mode: mode, updated_at: trx.fn.now() });
      await logAction(trx, { workshopId: workshop.id, actorId, action: ModerationActionKind.MODE, reason: mode });
      return WorkshopEventType.WORKSHOP_MODE_CHANGED;
    });
  },

  setActivePrompt(ctx: Context, workshopId: string, promptGlobalId: string | null | undefined) {
    const promptId = promptGlobalId ? idOf('Prompt', promptGlobalId, 'promptId') : null;
    return changeWorkshop(ctx, workshopId, async ({ trx, workshop }, actorId) => {
      if (workshop.status === WorkshopStatus.CLOSED)
        throw invalid(msg('This workshop is closed.', 'Cet atelier est clos.'), 'workshopId');
      if (promptId && !(await trx('prompt').select('id').where({ id: promptId, workshop_id: workshop.id }).first())) {
        throw invalid(
          msg('This prompt belongs to another workshop.', 'Cette question appartient à un autre atelier.'),
          'promptId',
        );
      }
      await trx('workshop').where('id', workshop.id).update({ active_prompt_id: promptId, updated_at: trx.fn.now() });
      await logAction(trx, { workshopId: workshop.id, actorId, action: ModerationActionKind.PROMPT });
      return WorkshopEventType.WORKSHOP_PROMPT_CHANGED;
    });
  },

  addPrompt(ctx: Context, workshopId: string, question: string) {
    const text = question.trim();
    return changeWorkshop(ctx, workshopId, async ({ trx, workshop }, actorId) => {
      if (text.length < 3 || text.length > 300)
        throw invalid(
          msg('Write a question of 3 to 300 characters.', 'Écrivez une question de 3 à 300 caractères.'),
          'question',
        );
      if (workshop.status === WorkshopStatus.CLOSED)
        throw invalid(msg('This workshop is closed.', 'Cet atelier est clos.'), 'workshopId');
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
    rateLimits.codeLookup.take(ctx.request.ip);
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
