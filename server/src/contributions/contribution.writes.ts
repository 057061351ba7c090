import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { refuse } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg, Problems } from '../shared/payload.js';
import { rateLimits } from '../shared/rate-limit.js';
import { canModerate, participantKey } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { Neighbourhood, Theme } from '../territories/territory.entity.js';
import { writeInWorkshop } from '../workshops/workshop.writer.js';
import { WorkshopEventType } from '../workshops/workshop-event.type.js';
import { ModerationMode, Prompt } from '../workshops/workshop.entity.js';
import { requireParticipant, sessionRefusal } from '../workshops/workshop.policy.js';
import { Contribution, ContributionReport, ContributionVote, ModerationState } from './contribution.entity.js';
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
import { emitContribution, lockedTarget, targetOf, visibleTarget } from './contribution.target.js';

export const maxThemes = 5;

function checkBody(body: string): string {
  const text = body.replace(/\r\n/g, '\n').trim();
  if (text.length === 0) throw invalid(msg('BODY_EMPTY'), 'body');
  if (text.length > bodyLimit) {
    throw invalid(msg('BODY_TOO_LONG', { length: text.length, max: bodyLimit }), 'body');
  }
  return text;
}

/** The themes named, checked: at most five, each one existing. */
export async function themesOf(em: EntityManager, slugs: string[]): Promise<Theme[]> {
  const unique = [...new Set(slugs.map((s) => s.trim()))];
  if (unique.length > maxThemes) throw invalid(msg('TOO_MANY_THEMES', { max: maxThemes }), 'themeSlugs');
  if (unique.length === 0) return [];
  const themes = await em.find(Theme, { slug: { $in: unique } });
  const unknown = unique.filter((slug) => !themes.some((t) => t.slug === slug));
  if (unknown.length > 0) throw invalid(msg('UNKNOWN_THEMES', { slugs: unknown }), 'themeSlugs');
  return themes;
}

export const contributionWrites = {
  /** `organizationId`: the organization the author speaks for, its membership checked by the caller. */
  async post(ctx: Context, input: PostContributionInput, organizationId?: string) {
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
    const contribution = await writeInWorkshop(ctx, workshopId, async (write) => {
      const { em, workshop } = write;
      await problems.check(() => refuse(sessionRefusal(workshop)));
      let themes: Theme[] = [];
      await problems.check(async () => (themes = await themesOf(em, input.themeSlugs ?? [])));
      await problems.check(async () => {
        if (promptId && (await em.count(Prompt, { id: promptId, workshop })) === 0) {
          throw invalid(msg('PROMPT_ELSEWHERE'), 'promptId');
        }
      });
      await problems.check(async () => {
        if (!parentId) return;
        const found = await em.findOne(Contribution, parentId);
        const parent = found && targetOf(found);
        if (!parent || !visible.contributionFacts(parent, viewer)) throw replyElsewhere();
        refuse(replyRefusal(parent, workshopId));
      });
      await problems.check(async () => {
        if (neighbourhoodId && (await em.count(Neighbourhood, { id: neighbourhoodId })) === 0) {
          throw invalid(msg('UNKNOWN_NEIGHBOURHOOD'), 'neighbourhoodId');
        }
      });
      problems.throwIfAny();
      const published = workshop.moderationMode === ModerationMode.OPEN || canModerate(viewer, workshopId);
      const { id } = em.create(Contribution, {
        workshop,
        prompt: promptId ?? workshop.activePrompt,
        parent: parentId,
        kind: input.kind,
        body,
        author: viewer.kind === 'person' ? viewer.personId : undefined,
        guest: viewer.kind === 'guest' ? viewer.guestId : undefined,
        guestName: viewer.kind === 'guest' ? viewer.displayName : undefined,
        neighbourhood: neighbourhoodId,
        organization: organizationId,
        moderationState: published ? ModerationState.PUBLISHED : ModerationState.PENDING,
        themes,
      });
      emitContribution(write, WorkshopEventType.CONTRIBUTION_POSTED, id, ModerationState.PENDING);
      return id;
    });
    return { contribution: await ctx.loaders.contributionById.load(contribution) };
  },

  /**
   * With `expectedVersion`, the version the author's edit started from: a stale one saves nothing,
   * and answers with the contribution as it now is.
   */
  async edit(ctx: Context, globalId: string, text: string, expectedVersion?: number | null) {
    const target = await visibleTarget(ctx, globalId);
    await writeInWorkshop(ctx, target.workshopId, async (write) => {
      const { contribution, current } = await lockedTarget(write.em, target.id);
      refuse(editRefusal(ctx.viewer, current, write.workshop));
      // Compared under the row's lock: nothing can change it between this check and the commit.
      // The error carries the contribution as it now is (its text and version), for the author to
      // bring their change into it.
      if (expectedVersion != null && expectedVersion !== contribution.version) {
        throw invalid(msg('CONTRIBUTION_CHANGED'), 'expectedVersion').withCurrent(() => reload(ctx, target.id));
      }
      contribution.body = checkBody(text);
      contribution.editedAt = new Date();
      // In strict mode a changed text goes back to the queue: editing must not bypass moderation.
      if (write.workshop.moderationMode === ModerationMode.STRICT && !canModerate(ctx.viewer, target.workshopId)) {
        contribution.moderationState = ModerationState.PENDING;
        contribution.pinned = false;
      }
      emitContribution(write, WorkshopEventType.CONTRIBUTION_EDITED, target.id, current.moderationState);
    });
    return reload(ctx, target.id);
  },

  async withdraw(ctx: Context, globalId: string) {
    const target = await visibleTarget(ctx, globalId);
    await writeInWorkshop(ctx, target.workshopId, async (write) => {
      const { contribution, current } = await lockedTarget(write.em, target.id);
      refuse(withdrawRefusal(ctx.viewer, current));
      contribution.moderationState = ModerationState.WITHDRAWN;
      contribution.pinned = false;
      emitContribution(write, WorkshopEventType.CONTRIBUTION_REMOVED, target.id, current.moderationState);
    });
    return { contribution: null };
  },

  async vote(ctx: Context, globalId: string, on: boolean) {
    const target = await visibleTarget(ctx, globalId);
    const key = participantKey(ctx.viewer)!;
    await writeInWorkshop(ctx, target.workshopId, async (write) => {
      const { em } = write;
      const { current } = await lockedTarget(em, target.id);
      refuse(voteRefusal(ctx.viewer, current, write.workshop, on));
      await rateLimits.react.take(key);
      const vote = { contribution: target.id, voterKey: key };
      // The primary key (contribution, voter) decides races: one `insert … on conflict do nothing`
      // statement, in this transaction, so that only one insert of a voter ever counts.
      const changed = on
        ? (await em.qb(ContributionVote).insert(vote).onConflict(['contribution', 'voterKey']).ignore().execute('run'))
            .affectedRows
        : await em.nativeDelete(ContributionVote, vote);
      if (changed === 0) return;
      // The tally moves by an increment in SQL, not through the entity nor the query builder (both
      // move the version): a "me too" is no change to what the author wrote, so it must not make
      // their edit stale.
      await em.execute('update contribution set vote_count = vote_count + ? where id = ?', [on ? 1 : -1, target.id]);
      emitContribution(write, WorkshopEventType.CONTRIBUTION_VOTED, target.id, current.moderationState);
    });
    return reload(ctx, target.id);
  },

  async report(ctx: Context, globalId: string, reason: string) {
    const target = await visibleTarget(ctx, globalId);
    const key = participantKey(ctx.viewer)!;
    await writeInWorkshop(ctx, target.workshopId, async (write) => {
      const { em } = write;
      const { current } = await lockedTarget(em, target.id);
      const mine = { contribution: target.id, reporterKey: key };
      refuse(reportRefusal(ctx.viewer, current, (await em.count(ContributionReport, mine)) > 0));
      await rateLimits.react.take(key);
      const text = reason.trim();
      if (text.length < reasonLimits.min || text.length > reasonLimits.max)
        throw invalid(msg('REPORT_REASON_LENGTH', reasonLimits), 'reason');
      // Under the contribution's lock no other report of this viewer comes in between (and the
      // unique key (contribution, reporter) would refuse it).
      em.create(ContributionReport, { ...mine, reason: text });
      // Reports reach coordinators only: `wasPublic: false` keeps the event from anyone else.
      write.emit(WorkshopEventType.CONTRIBUTION_REPORTED, async (knex) => ({
        contribution: await snapshotContribution(knex, target.id),
        wasPublic: false,
        reason: text,
      }));
    });
    return reload(ctx, target.id);
  },
};

async function reload(ctx: Context, id: string) {
  ctx.loaders.contributionById.clear(id);
  return { contribution: await ctx.loaders.contributionById.load(id) };
}
