import { randomUUID } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { requireParticipant } from '../shared/access.js';
import { forbidden, notFound } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg, Problems } from '../shared/payload.js';
import { rateLimits } from '../shared/rate-limit.js';
import { canModerate, participantKey } from '../shared/viewer.js';
import { isAuthor, visible } from '../shared/visibility.js';
import { snapshotContribution, writeInWorkshop, type LockedWorkshop } from '../live/event.writer.js';
import { WorkshopEventType } from '../live/workshop-event.entity.js';
import { ModerationMode, WorkshopStatus } from '../workshops/workshop.entity.js';
import { ModerationState } from './contribution.entity.js';
import { bodyLimit, type PostContributionInput } from './contribution.inputs.js';
import { emitContribution, findTarget, loadTarget, lockedTarget, type Target } from './contribution.target.js';

/** Authors may fix or take back what they said for this long. */
export const editWindowMinutes = 15;
export const maxThemes = 5;

/** Why nobody can post now, in words the room understands. */
export function assertTakingContributions(workshop: Pick<LockedWorkshop, 'status'>): void {
  switch (workshop.status) {
    case WorkshopStatus.LIVE:
      return;
    case WorkshopStatus.PAUSED:
      throw invalid(
        msg(
          'The workshop is paused: you can post again when the coordinator resumes it.',
          'L’atelier est en pause : vous pourrez publier à nouveau quand la coordination le relancera.',
        ),
        'workshopId',
      );
    case WorkshopStatus.CLOSED:
      throw invalid(
        msg(
          'The workshop is closed: it no longer takes contributions.',
          'L’atelier est clos : il ne reçoit plus de contributions.',
        ),
        'workshopId',
      );
    case WorkshopStatus.DRAFT:
    case WorkshopStatus.SCHEDULED:
      throw invalid(msg('The workshop has not started yet.', 'L’atelier n’a pas encore commencé.'), 'workshopId');
  }
}

function checkBody(body: string): string {
  const text = body.replace(/\r\n/g, '\n').trim();
  if (text.length === 0)
    throw invalid(msg('Write something before posting.', 'Écrivez quelque chose avant de publier.'), 'body');
  if (text.length > bodyLimit) {
    throw invalid(
      msg(
        `The text has ${text.length} characters; shorten it to ${bodyLimit} at most.`,
        `Le texte compte ${text.length} caractères : raccourcissez-le à ${bodyLimit} au plus.`,
      ),
      'body',
    );
  }
  return text;
}

/** The ids of the themes named, checked: at most five, each one existing. */
export async function themeIdsOf(trx: Knex.Transaction, slugs: string[]): Promise<string[]> {
  const unique = [...new Set(slugs.map((s) => s.trim()))];
  if (unique.length > maxThemes)
    throw invalid(msg(`Choose at most ${maxThemes} themes.`, `Choisissez au plus ${maxThemes} thèmes.`), 'themeSlugs');
  if (unique.length === 0) return [];
  const rows = (await trx('theme').select('id', 'slug').whereIn('slug', unique)) as { id: string; slug: string }[];
  const unknown = unique.filter((slug) => !rows.some((r) => r.slug === slug));
  if (unknown.length > 0)
    throw invalid(msg(`Unknown theme: ${unknown.join(', ')}.`, `Thème inconnu : ${unknown.join(', ')}.`), 'themeSlugs');
  return rows.map((r) => r.id);
}

function ownWithinWindow(ctx: Context, target: Target) {
  if (!isAuthor(ctx.viewer, target)) throw forbidden('You can only change your own contributions.');
  if (Date.now() - target.createdAt.getTime() > editWindowMinutes * 60_000) {
    throw invalid(
      msg(
        `Contributions can be changed for ${editWindowMinutes} minutes after posting.`,
        `Une contribution peut être modifiée pendant ${editWindowMinutes} minutes après sa publication.`,
      ),
    );
  }
  if (target.moderationState !== ModerationState.PENDING && target.moderationState !== ModerationState.PUBLISHED) {
    throw invalid(msg('This contribution can no longer be changed.', 'Cette contribution ne peut plus être modifiée.'));
  }
}

/** Participants may act on what they can see, in a workshop open to them. */
async function visibleTarget(ctx: Context, globalId: string): Promise<Target> {
  const target = await loadTarget(ctx, globalId);
  requireParticipant(ctx.viewer, target.workshopId);
  if (!(await ctx.loaders.contributionById.load(target.id))) throw notFound('Contribution');
  return target;
}

export const contributionWrites = {
  async post(ctx: Context, input: PostContributionInput) {
    const workshopId = idOf('Workshop', input.workshopId, 'workshopId');
    const viewer = ctx.viewer;
    requireParticipant(viewer, workshopId);
    rateLimits.post.take(participantKey(viewer) ?? ctx.request.ip);
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
      await problems.check(() => assertTakingContributions(workshop));
      let themeIds: string[] = [];
      await problems.check(async () => (themeIds = await themeIdsOf(trx, input.themeSlugs ?? [])));
      await problems.check(async () => {
        if (promptId && !(await trx('prompt').select('id').where({ id: promptId, workshop_id: workshopId }).first())) {
          throw invalid(
            msg('This prompt belongs to another workshop.', 'Cette question appartient à un autre atelier.'),
            'promptId',
          );
        }
      });
      await problems.check(async () => {
        if (!parentId) return;
        const parent = await findTarget(trx, parentId);
        if (!parent || parent.workshopId !== workshopId || !visible.contributionFacts(parent, viewer)) {
          throw invalid(
            msg(
              'You can only reply to a contribution of this workshop.',
              'Vous ne pouvez répondre qu’à une contribution de cet atelier.',
            ),
            'parentId',
          );
        }
        if (parent.parentId)
          throw invalid(
            msg(
              'Reply to the original contribution, not to a reply.',
              'Répondez à la contribution d’origine, pas à une réponse.',
            ),
            'parentId',
          );
      });
      await problems.check(async () => {
        if (neighbourhoodId && !(await trx('neighbourhood').select('id').where('id', neighbourhoodId).first())) {
          throw invalid(msg('Unknown neighbourhood.', 'Quartier inconnu.'), 'neighbourhoodId');
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
    const target = await loadTarget(ctx, globalId);
    requireParticipant(ctx.viewer, target.workshopId);
    const body = checkBody(text);
    await writeInWorkshop(ctx, target.workshopId, async (write) => {
      assertTakingContributions(write.workshop);
      const current = await lockedTarget(write.trx, target.id);
      ownWithinWindow(ctx, current);
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
    const target = await loadTarget(ctx, globalId);
    requireParticipant(ctx.viewer, target.workshopId);
    await writeInWorkshop(ctx, target.workshopId, async (write) => {
      const current = await lockedTarget(write.trx, target.id);
      ownWithinWindow(ctx, current);
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
    rateLimits.react.take(key);
    await writeInWorkshop(ctx, target.workshopId, async (write) => {
      if (write.workshop.status !== WorkshopStatus.LIVE) assertTakingContributions(write.workshop);
      const current = await lockedTarget(write.trx, target.id);
      if (current.moderationState !== ModerationState.PUBLISHED) {
        throw invalid(
          msg(
            'Only published contributions can be supported.',
            'Seules les contributions publiées peuvent être soutenues.',
          ),
        );
      }
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
    rateLimits.react.take(key);
    const text = reason.trim();
    if (text.length < 3 || text.length > 500)
      throw invalid(
        msg('Say in 3 to 500 characters what is wrong.', 'Dites en 3 à 500 caractères ce qui ne va pas.'),
        'reason',
      );
    await writeInWorkshop(ctx, target.workshopId, async (write) => {
      const inserted = (await write
        .trx('contribution_report')
        .insert({ id: randomUUID(), contribution_id: target.id, reporter_key: key, reason: text })
        .onConflict(['contribution_id', 'reporter_key'])
        .ignore()
        .returning('id')) as unknown[];
      if (inserted.length === 0)
        throw invalid(
          msg('You have already reported this contribution.', 'Vous avez déjà signalé cette contribution.'),
        );
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
