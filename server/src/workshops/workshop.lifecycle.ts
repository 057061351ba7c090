import { randomInt } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { rateLimits } from '../shared/rate-limit.js';
import type { Context } from '../shared/context.js';
import { requireModerator } from '../shared/access.js';
import { refuse } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg } from '../shared/payload.js';
import { toDate } from '../shared/scalars.js';
import { writeInWorkshop, type WorkshopWrite } from './workshop.writer.js';
import { snapshotWorkshop } from './workshop.events.js';
import { WorkshopEventType } from './workshop-event.type.js';
import { logAction } from '../moderation/moderation.log.js';
import { ModerationAction, ModerationActionKind } from '../moderation/moderation-action.entity.js';
import { ModerationMode, Prompt, Workshop, WorkshopStatus } from './workshop.entity.js';
import { questionLimits } from './workshop.inputs.js';
import { reopenRefusal, transitionRefusal, transitions, type Transition } from './workshop.policy.js';

// No 0/O, 1/I/L: codes are read off a projector and typed on phones.
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A code no workshop holds now (the unique key on it would refuse a code taken meanwhile). */
async function newJoinCode(em: EntityManager): Promise<string> {
  for (;;) {
    const code = Array.from({ length: 6 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
    if ((await em.count(Workshop, { joinCode: code })) === 0) return code;
  }
}

/** How each transition is logged. */
const loggedAs: Record<Transition, ModerationActionKind> = {
  schedule: ModerationActionKind.SCHEDULE,
  open: ModerationActionKind.OPEN,
  pause: ModerationActionKind.PAUSE,
  close: ModerationActionKind.CLOSE,
};

/** When the session was last closed, from the moderation log (null: it never was, here). */
async function closedAt(em: EntityManager, workshopId: string): Promise<Date | null> {
  const row = await em
    .qb(ModerationAction)
    .select('createdAt')
    .where({ workshop: workshopId, action: ModerationActionKind.CLOSE })
    .orderBy({ createdAt: 'desc' })
    .limit(1)
    .execute<Pick<ModerationAction, 'createdAt'> | undefined>('get');
  return toDate(row?.createdAt);
}

/** Runs a coordinator's change to the session itself and tells the room. */
async function changeWorkshop(
  ctx: Context,
  workshopGlobalId: string,
  change: (write: WorkshopWrite, actorId: string) => Promise<WorkshopEventType>,
) {
  const workshopId = idOf('Workshop', workshopGlobalId, 'workshopId');
  const viewer = ctx.viewer;
  requireModerator(viewer, workshopId);
  await writeInWorkshop(ctx, workshopId, async (write) => {
    const type = await change(write, viewer.personId);
    write.emit(type, async (knex) => ({ workshop: await snapshotWorkshop(knex, workshopId) }));
  });
  ctx.loaders.workshopById.clear(workshopId);
  return { workshop: await ctx.loaders.workshopById.load(workshopId) };
}

export const workshopLifecycle = {
  transition(ctx: Context, workshopId: string, transition: Transition) {
    const rule = transitions[transition];
    return changeWorkshop(ctx, workshopId, async ({ em, workshop }, actorId) => {
      refuse(transitionRefusal(workshop.status, transition));
      workshop.status = rule.to;
      if (rule.to === WorkshopStatus.LIVE && !workshop.joinCode) workshop.joinCode = await newJoinCode(em);
      // A closed workshop's code goes back to the pool: nobody can join it any more.
      if (rule.to === WorkshopStatus.CLOSED) em.assign(workshop, { joinCode: null });
      logAction(em, { workshopId: workshop.id, actorId, action: loggedAs[transition] });
      return WorkshopEventType.WORKSHOP_STATUS_CHANGED;
    });
  },

  /**
   * Closed → live again, within the window. The old code went back to the pool at closing, so a
   * new one is made (the wall shows it). Logged as an opening whose reason is the state it left.
   */
  reopen(ctx: Context, workshopId: string) {
    return changeWorkshop(ctx, workshopId, async ({ em, workshop }, actorId) => {
      refuse(reopenRefusal(workshop.status, await closedAt(em, workshop.id)));
      workshop.status = WorkshopStatus.LIVE;
      workshop.joinCode = await newJoinCode(em);
      logAction(em, {
        workshopId: workshop.id,
        actorId,
        action: ModerationActionKind.OPEN,
        reason: WorkshopStatus.CLOSED,
      });
      return WorkshopEventType.WORKSHOP_STATUS_CHANGED;
    });
  },

  setModerationMode(ctx: Context, workshopId: string, mode: ModerationMode) {
    return changeWorkshop(ctx, workshopId, async ({ em, workshop }, actorId) => {
      if (workshop.status === WorkshopStatus.CLOSED) throw invalid(msg('WORKSHOP_IS_CLOSED'), 'workshopId');
      workshop.moderationMode = mode;
      logAction(em, { workshopId: workshop.id, actorId, action: ModerationActionKind.MODE, reason: mode });
      return WorkshopEventType.WORKSHOP_MODE_CHANGED;
    });
  },

  setActivePrompt(ctx: Context, workshopId: string, promptGlobalId: string | null | undefined) {
    const promptId = promptGlobalId ? idOf('Prompt', promptGlobalId, 'promptId') : null;
    return changeWorkshop(ctx, workshopId, async ({ em, workshop }, actorId) => {
      if (workshop.status === WorkshopStatus.CLOSED) throw invalid(msg('WORKSHOP_IS_CLOSED'), 'workshopId');
      if (promptId && (await em.count(Prompt, { id: promptId, workshop })) === 0) {
        throw invalid(msg('PROMPT_ELSEWHERE'), 'promptId');
      }
      em.assign(workshop, { activePrompt: promptId });
      logAction(em, { workshopId: workshop.id, actorId, action: ModerationActionKind.PROMPT });
      return WorkshopEventType.WORKSHOP_PROMPT_CHANGED;
    });
  },

  addPrompt(ctx: Context, workshopId: string, question: string) {
    const text = question.trim();
    return changeWorkshop(ctx, workshopId, async ({ em, workshop }, actorId) => {
      if (text.length < questionLimits.min || text.length > questionLimits.max)
        throw invalid(msg('QUESTION_LENGTH', questionLimits), 'question');
      if (workshop.status === WorkshopStatus.CLOSED) throw invalid(msg('WORKSHOP_IS_CLOSED'), 'workshopId');
      // Under the workshop's lock no other prompt is added meanwhile (the unique key (workshop,
      // position) would refuse it).
      const last = await em.findOne(Prompt, { workshop }, { orderBy: { position: 'desc' }, fields: ['position'] });
      const prompt = em.create(Prompt, { workshop, position: (last?.position ?? 0) + 1, question: text });
      // Added during the session, the question is put to the room at once (that is why
      // coordinators add one live); added while planning, it waits its turn and stays editable.
      const running = workshop.status === WorkshopStatus.LIVE || workshop.status === WorkshopStatus.PAUSED;
      if (running) workshop.activePrompt = prompt;
      logAction(em, { workshopId: workshop.id, actorId, action: ModerationActionKind.PROMPT, reason: text });
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
