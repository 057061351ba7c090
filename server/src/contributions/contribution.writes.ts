import { randomUUID } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { refuse } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg, Problems } from '../shared/payload.js';
import { rateLimits } from '../shared/rate-limit.js';
import { canModerate, participantKey } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { writeInWorkshop } from '../workshops/workshop.writer.js';
import { WorkshopEventType } from '../workshops/workshop-event.type.js';
import { ModerationMode } from '../workshops/workshop.entity.js';
import { requireParticipant, sessionRefusal } from '../workshops/workshop.policy.js';
import { ModerationState } from './contribution.entity.js';
import { snapshotContribution } from './contribution.events.js';
import { bodyLimit, reasonLimits, type PostContributionInput } from './contribution.inputs.js';
import {
  editRefusal,
  replyElsewhere,
  replyRefusal,
  reportRefusal,
  voteRefusal,
  withdrawRefusal,
} from './contribution.policy.js';
import { emitContribution, findTarget, lockedTarget, visibleTarget } from './contribution.target.js';

export const maxThemes = 5;

function checkBody(body: string): string {
  const text = body.replace(/\r\n/g, '\n').trim();
  if (text.length === 0) throw invalid(msg('BODY_EMPTY'), 'body');
  if (text.length > bodyLimit) {
    throw invalid(msg('BODY_TOO_LONG', { length: text.length, max: bodyLimit }), 'body');
  }
  return text;
}

/** The ids of the themes named, checked: at most five, each one existing. */
export async function themeIdsOf(trx: Knex.Transaction, slugs: string[]): Promise<string[]> {
  const unique = [...new Set(slugs.map((s) => s.trim()))];
  if (unique.length > maxThemes) throw invalid(msg('TOO_MANY_THEMES', { max: maxThemes }), 'themeSlugs');
  if (unique.length === 0) return [];
  const rows = (await trx('theme').select('id', 'slug').whereIn('slug', unique)) as { id: string; slug: string }[];
  const unknown = unique.filter((slug) => !rows.some((r) => r.slug === slug));
  if (unknown.length > 0) throw invalid(msg('UNKNOWN_THEMES', { slugs: unknown }), 'themeSlugs');
  return rows.map((r) => r.id);
}

export const contributionWrites = {
  async post(ctx: Context, input: PostContributionInput) {
    const workshopId = idOf('Workshop', input.workshopId, 'workshopId');
    const viewer = ctx.viewer;
    requireParticipant(viewer, workshopId);
    await rateLimits.post.take(participantKey(viewer) ?? ctx.request.ip);
    const problems = new Problems();
    let body = '';
    await problems.check(() => (body = checkBody(input.body)));
    const promptId = input.promptId ? idOf('Prompt', input.promptId, 'promptId') : undefined;
    const parentId = input.parentId ? idOf('Contribution', input.parentId, 'parentId') : undefined;
    const neighbourhoodId = input.neighbourhoodId
      ? idOf('Neighbourhood', input.neighbourhoodId, 'neighbourhoodId')
      : undefined;
    const id = randomUUID();
    const contribution = await writeInWorkshop(ctx, workshopId, async (write) => {
      const { trx, workshop } = write;
      await problems.check(() => refuse(sessionRefusal(workshop)));
      let themeIds: string[] = [];
      await problems.check(async () => (themeIds = await themeIdsOf(trx, input.themeSlugs ?? [])));
      await problems.check(async () => {
        if (promptId && !(await trx('prompt').select('id').where({ id: promptId, workshop_id: workshopId }).first())) {
          throw invalid(msg('PROMPT_ELSEWHERE'), 'promptId');
        }
      });
      await problems.check(async () => {
        if (!parentId) return;
        const parent = await findTarget(trx, parentId);
        if (!parent || !visible.contributionFacts(parent, viewer)) throw replyElsewhere();
        refuse(replyRefusal(parent, workshopId));
      });
      await problems.check(async () => {
        if (neighbourhoodId && !(await trx('neighbourhood').select('id').where('id', neighbourhoodId).first())) {
          throw invalid(msg('UNKNOWN_NEIGHBOURHOOD'), 'neighbourhoodId');
        }
      });
      problems.throwIfAny();
      const published = workshop.moderationMode === ModerationMode.OPEN || canModerate(viewer, workshopId);
      await trx('contribution').insert({
        id,
        workshop_id: workshopId,
        prompt_id: promptId ?? workshop.activePromptId,
        parent_id: parentId ?? null,
        kind: input.kind,
        body,
        author_id: viewer.kind === 'person' ? viewer.personId : null,
        guest_id: viewer.kind === 'guest' ? viewer.guestId : null,
        guest_name: viewer.kind === 'guest' ? viewer.displayName : null,
        neighbourhood_id: neighbourhoodId ?? null,
        moderation_state: published ? ModerationState.PUBLISHED : ModerationState.PENDING,
      });
      if (themeIds.length > 0) {
        await trx('contribution_theme').insert(themeIds.map((theme_id) => ({ contribution_id: id, theme_id })));
      }
      await emitContribution(write, WorkshopEventType.CONTRIBUTION_POSTED, id, ModerationState.PENDING);
      return id;
    });
    return { contribution: await ctx.loaders.contributionById.load(contribution) };
  },

  async edit(ctx: Context, globalId: string, text: string) {
    const target = await visibleTarget(ctx, globalId);
    await writeInWorkshop(ctx, target.workshopId, async (write) => {
      const current = await lockedTarget(write.trx, target.id);
      refuse(editRefusal(ctx.viewer, current, write.workshop));
      const body = checkBody(text);
      // In strict mode a changed text goes back to the queue: editing must not bypass moderation.
      const backToQueue =
        write.workshop.moderationMode === ModerationMode.STRICT && !canModerate(ctx.viewer, target.workshopId);
      await write
        .trx('contribution')
        .where('id', target.id)
        .update({
          body,
          edited_at: write.trx.fn.now(),
          updated_at: write.trx.fn.now(),
          ...(backToQueue ? { moderation_state: ModerationState.PENDING, pinned: false } : {}),
        });
      await emitContribution(write, WorkshopEventType.CONTRIBUTION_EDITED, target.id, current.moderationState);
    });
    return reload(ctx, target.id);
  },

  async withdraw(ctx: Context, globalId: string) {
    const target = await visibleTarget(ctx, globalId);
    await writeInWorkshop(ctx, target.workshopId, async (write) => {
      const current = await lockedTarget(write.trx, target.id);
      refuse(withdrawRefusal(ctx.viewer, current));
      await write
        .trx('contribution')
        .where('id', target.id)
        .update({ moderation_state: ModerationState.WITHDRAWN, pinned: false, updated_at: write.trx.fn.now() });
      await emitContribution(write, WorkshopEventType.CONTRIBUTION_REMOVED, target.id, current.moderationState);
    });
    return { contribution: null };
  },

  async vote(ctx: Context, globalId: string, on: boolean) {
    const target = await visibleTarget(ctx, globalId);
    const key = participantKey(ctx.viewer)!;
    await writeInWorkshop(ctx, target.workshopId, async (write) => {
      const current = await lockedTarget(write.trx, target.id);
      refuse(voteRefusal(ctx.viewer, current, write.workshop, on));
      await rateLimits.react.take(key);
      // The primary key (contribution, voter) decides races: only one insert of a voter succeeds.
      const changed = on
        ? await write
            .trx('contribution_vote')
            .insert({ contribution_id: target.id, voter_key: key })
            .onConflict(['contribution_id', 'voter_key'])
            .ignore()
            .returning('voter_key')
        : await write
            .trx('contribution_vote')
            .where({ contribution_id: target.id, voter_key: key })
            .delete()
            .returning('voter_key');
      if ((changed as unknown[]).length === 0) return;
      await write
        .trx('contribution')
        .where('id', target.id)
        .increment('vote_count', on ? 1 : -1);
      await emitContribution(write, WorkshopEventType.CONTRIBUTION_VOTED, target.id, current.moderationState);
    });
    return reload(ctx, target.id);
  },

  async report(ctx: Context, globalId: string, reason: string) {
    const target = await visibleTarget(ctx, globalId);
    const key = participantKey(ctx.viewer)!;
    await writeInWorkshop(ctx, target.workshopId, async (write) => {
      const current = await lockedTarget(write.trx, target.id);
      const mine = { contribution_id: target.id, reporter_key: key };
      const reported = Boolean(await write.trx('contribution_report').select('id').where(mine).first());
      refuse(reportRefusal(ctx.viewer, current, reported));
      await rateLimits.react.take(key);
      const text = reason.trim();
      if (text.length < reasonLimits.min || text.length > reasonLimits.max)
        throw invalid(msg('REPORT_REASON_LENGTH', reasonLimits), 'reason');
      // Under the workshop's lock, no other report of this viewer can come in between.
      await write.trx('contribution_report').insert({ id: randomUUID(), ...mine, reason: text });
      const contribution = await snapshotContribution(write.trx, target.id);
      // Reports reach coordinators only: `wasPublic: false` keeps the event from anyone else.
      write.emit(WorkshopEventType.CONTRIBUTION_REPORTED, { contribution, wasPublic: false, reason: text });
    });
    return reload(ctx, target.id);
  },
};

async function reload(ctx: Context, id: string) {
  ctx.loaders.contributionById.clear(id);
  return { contribution: await ctx.loaders.contributionById.load(id) };
}
