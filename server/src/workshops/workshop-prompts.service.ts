import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound, refuse } from '../shared/errors.js';
import { fromGlobalId } from '../shared/ids.js';
import { invalid, msg } from '../shared/payload.js';
import { Contribution } from '../contributions/contribution.entity.js';
import { Prompt } from './workshop.entity.js';
import { questionLimits } from './workshop.inputs.js';
import { writeInWorkshop } from './workshop.writer.js';
import { workshopStreamKind } from './workshop.events.js';
import { planOf } from './workshop-planning.service.js';
import { plannerOfRefusal, promptUsedRefusal } from './workshop-planning.policy.js';

/**
 * Preparing the questions of a workshop: editing, reordering and removing those the room has not
 * seen. Putting a question to the room and adding one live stay the session's (`addPrompt`,
 * `setActivePrompt` in workshop.lifecycle.ts).
 */

/** The prompt's workshop, read before anything else; a forged id is a prompt that does not exist. */
async function workshopOfPrompt(
  ctx: Context,
  promptGlobalId: string,
): Promise<{ promptId: string; workshopId: string }> {
  const decoded = fromGlobalId(promptGlobalId);
  if (decoded.type !== 'Prompt') throw notFound('Prompt');
  const row = (await ctx.knex('prompt').select('workshop_id').where('id', decoded.id).first()) as
    { workshop_id: string } | undefined;
  // Refused alike whether the prompt exists or not, for those who do not run its workshop: no oracle.
  refuse(plannerOfRefusal(ctx.viewer, row?.workshop_id ?? ''));
  if (!row) throw notFound('Prompt');
  return { promptId: decoded.id, workshopId: row.workshop_id };
}

/** Whether the room has seen the prompt: put to it now or once (the stream's session events say), or answered. */
async function usage(em: EntityManager, workshopId: string, activePromptId: string | undefined, promptId: string) {
  const knex = em.getTransactionContext<Knex.Transaction>()!;
  const events = (await knex('stream_event')
    .count('* as n')
    .where({ stream_kind: workshopStreamKind, stream_key: workshopId })
    .whereRaw(`data->'workshop'->>'activePromptId' = ?`, [promptId])
    .first()) as { n: string | number } | undefined;
  return {
    wasActive: activePromptId === promptId || Number(events?.n ?? 0) > 0,
    contributions: await em.count(Contribution, { prompt: promptId }),
  };
}

/** Positions 1…n again, in the given order, through a free range first: (workshop, position) is unique. */
async function renumber(em: EntityManager, prompts: Prompt[]) {
  const knex = em.getTransactionContext<Knex.Transaction>()!;
  const ids = prompts.map((p) => p.id);
  if (ids.length === 0) return;
  await knex('prompt')
    .whereIn('id', ids)
    .update({ position: knex.raw('position + 100000') });
  for (const [index, prompt] of prompts.entries()) {
    await knex('prompt')
      .where('id', prompt.id)
      .update({ position: index + 1 });
  }
}

async function inOrder(em: EntityManager, workshopId: string): Promise<Prompt[]> {
  return em.find(Prompt, { workshop: workshopId }, { orderBy: { position: 'asc' } });
}

function checkQuestion(question: string): string {
  const text = question
    // eslint-disable-next-line no-control-regex -- a question is one line: pasted tabs and newlines become spaces
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length < questionLimits.min || text.length > questionLimits.max) {
    throw invalid(msg('QUESTION_LENGTH', questionLimits), 'question');
  }
  return text;
}

export const workshopPrompts = {
  async update(ctx: Context, promptGlobalId: string, question: string) {
    const { promptId, workshopId } = await workshopOfPrompt(ctx, promptGlobalId);
    const text = checkQuestion(question);
    await writeInWorkshop(ctx, workshopId, async ({ em, workshop }) => {
      const prompt = await em.findOne(Prompt, { id: promptId, workshop });
      if (!prompt) throw notFound('Prompt');
      refuse(promptUsedRefusal(await usage(em, workshopId, workshop.activePrompt?.id, promptId)));
      prompt.question = text;
    });
    return { workshop: await planOf(ctx, workshopId) };
  },

  /** To `position` (from 1; clamped to the list). Order does not change what the room saw, so any prompt moves. */
  async move(ctx: Context, promptGlobalId: string, position: number) {
    const { promptId, workshopId } = await workshopOfPrompt(ctx, promptGlobalId);
    await writeInWorkshop(ctx, workshopId, async ({ em }) => {
      const prompts = await inOrder(em, workshopId);
      const moving = prompts.find((p) => p.id === promptId);
      if (!moving) throw notFound('Prompt');
      const rest = prompts.filter((p) => p !== moving);
      const at = Math.min(Math.max(Math.trunc(position) - 1, 0), rest.length);
      rest.splice(at, 0, moving);
      await renumber(em, rest);
    });
    return { workshop: await planOf(ctx, workshopId) };
  },

  async remove(ctx: Context, promptGlobalId: string) {
    const { promptId, workshopId } = await workshopOfPrompt(ctx, promptGlobalId);
    await writeInWorkshop(ctx, workshopId, async ({ em, workshop }) => {
      const prompts = await inOrder(em, workshopId);
      const removed = prompts.find((p) => p.id === promptId);
      if (!removed) throw notFound('Prompt');
      refuse(promptUsedRefusal(await usage(em, workshopId, workshop.activePrompt?.id, promptId)));
      em.remove(removed);
      await em.flush();
      await renumber(
        em,
        prompts.filter((p) => p !== removed),
      );
    });
    return { workshop: await planOf(ctx, workshopId) };
  },
};
