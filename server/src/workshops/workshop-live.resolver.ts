import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { asPayload } from '../shared/payload.js';
import { toGlobalId } from '../shared/ids.js';
import { canModerate } from '../shared/viewer.js';
import { accountService } from '../accounts/account.service.js';
import { ContributionType } from '../contributions/contribution.type.js';
import { ContributionKind } from '../contributions/contribution.entity.js';
import { ModerationActionType } from '../moderation/moderation.type.js';
import { moderationReads } from '../moderation/moderation.reads.js';
import { ModerationMode, WorkshopStatus } from './workshop.entity.js';
import { KindCount, PromptType, ThemeCount, WorkshopPayload, WorkshopType } from './workshop.type.js';
import { workshopLifecycle } from './workshop.lifecycle.js';
import { workshopStream } from './workshop.events.js';
import { reopenWindowHours, WorkshopMove, workshopPolicy } from './workshop.policy.js';

const live = (w: WorkshopType) => w.status === WorkshopStatus.LIVE || w.status === WorkshopStatus.PAUSED;

/** The live session side of a workshop: its state, what coordinators read, and what they do. */
@Resolver(() => WorkshopType)
export class WorkshopLiveResolver {
  @Query(() => WorkshopType, {
    nullable: true,
    description: 'The live (or paused) workshop a join code opens; null if none. Limited per client.',
  })
  workshopByCode(@Ctx() ctx: Context, @Arg('code', () => String) code: string) {
    return workshopLifecycle.byCode(ctx, code);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Code to join while the session is live or paused, for its coordinators (console, and the wall they project); ' +
      'null for everyone else and when the session is not running.',
  })
  joinCode(@Root() w: WorkshopType, @Ctx() ctx: Context): string | null {
    return live(w) && canModerate(ctx.viewer, w.id) ? w.joinCodeValue : null;
  }

  @FieldResolver(() => PromptType, { nullable: true, description: 'The question put to the room now.' })
  async activePrompt(@Root() w: WorkshopType, @Ctx() ctx: Context) {
    return w.activePromptId ? ctx.loaders.promptById.load(w.activePromptId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'You run this workshop (its coordinator, or an admin).' })
  viewerIsCoordinator(@Root() w: WorkshopType, @Ctx() ctx: Context): boolean {
    return canModerate(ctx.viewer, w.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'You take part in it: signed in, or a guest who joined this workshop with its code (whatever the session’s state).',
  })
  viewerTakesPart(@Root() w: WorkshopType, @Ctx() ctx: Context): boolean {
    return workshopPolicy.takesPart(ctx.viewer, w.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'You may post now: you take part and the session is live (`postContribution` would accept it).',
  })
  viewerCanPost(@Root() w: WorkshopType, @Ctx() ctx: Context): boolean {
    return workshopPolicy.canPost(ctx.viewer, w);
  }

  @FieldResolver(() => Boolean, {
    description: `You run it, it is closed, and closed less than ${reopenWindowHours} hours ago: \`reopenWorkshop\` would accept it.`,
  })
  async viewerCanReopen(@Root() w: WorkshopType, @Ctx() ctx: Context): Promise<boolean> {
    return (await this.viewerSessionMoves(w, ctx)).includes(WorkshopMove.REOPEN);
  }

  @FieldResolver(() => [WorkshopMove], {
    description:
      'What you may do to the session now (the mutations that would accept it), in the order a console shows them; ' +
      'empty unless you run the workshop.',
  })
  async viewerSessionMoves(@Root() w: WorkshopType, @Ctx() ctx: Context): Promise<WorkshopMove[]> {
    // The log is read only for those who run a closed workshop, batched across a list.
    const closed =
      w.status === WorkshopStatus.CLOSED && canModerate(ctx.viewer, w.id)
        ? await ctx.loaders.lastClosedAtByWorkshop.load(w.id)
        : null;
    return workshopPolicy.sessionMoves(ctx.viewer, w, closed);
  }

  @FieldResolver(() => [ID], { description: 'Contributions of this workshop you said "me too" to.' })
  async viewerVotedIds(@Root() w: WorkshopType, @Ctx() ctx: Context): Promise<string[]> {
    const rows = await ctx.loaders.votedIdsByWorkshop.load(w.id);
    return rows.map((r) => toGlobalId('Contribution', r.id));
  }

  @FieldResolver(() => Int, { description: 'People connected to its live stream right now, on every server.' })
  connectedCount(@Root() w: WorkshopType, @Ctx() ctx: Context): number {
    return ctx.live.connectedCount(workshopStream(w.id));
  }

  @FieldResolver(() => [KindCount], { description: 'Published contributions by kind (replies excluded).' })
  async contributionCounts(@Root() w: WorkshopType, @Ctx() ctx: Context): Promise<KindCount[]> {
    const rows = await ctx.loaders.kindCountsByWorkshop.load(w.id);
    return rows.map((r) => ({ kind: r.kind as ContributionKind, count: Number(r.count) }));
  }

  @FieldResolver(() => [ThemeCount], { description: 'Published contributions by theme, most frequent first.' })
  async themeCounts(@Root() w: WorkshopType, @Ctx() ctx: Context): Promise<ThemeCount[]> {
    const rows = await ctx.loaders.themeCountsByWorkshop.load(w.id);
    return rows.map(({ count, ...theme }) => ({ theme, count: Number(count) }));
  }

  @FieldResolver(() => [ContributionType], {
    description: 'Contributions waiting for approval, oldest first (coordinators only).',
  })
  moderationQueue(@Root() w: WorkshopType, @Ctx() ctx: Context) {
    return moderationReads.queue(ctx, w.id);
  }

  @FieldResolver(() => [ContributionType], {
    description: 'Every contribution in any state, newest first (coordinators only).',
  })
  allContributions(@Root() w: WorkshopType, @Ctx() ctx: Context) {
    return moderationReads.all(ctx, w.id);
  }

  @FieldResolver(() => [ModerationActionType], {
    description: 'Who did what, when and why; newest first (coordinators only).',
  })
  moderationLog(
    @Root() w: WorkshopType,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many (1–500).' }) first: number,
  ) {
    return moderationReads.log(ctx, w.id, first);
  }

  @Mutation(() => WorkshopPayload, { description: 'Announces a draft workshop (draft → scheduled).' })
  scheduleWorkshop(@Ctx() ctx: Context, @Arg('workshopId', () => ID) workshopId: string) {
    return asPayload(ctx.request.locale, () => workshopLifecycle.transition(ctx, workshopId, 'schedule'));
  }

  @Mutation(() => WorkshopPayload, {
    description: 'Starts or resumes the live session (scheduled or paused → live); creates the join code.',
  })
  openWorkshop(@Ctx() ctx: Context, @Arg('workshopId', () => ID) workshopId: string) {
    return asPayload(ctx.request.locale, () => workshopLifecycle.transition(ctx, workshopId, 'open'));
  }

  @Mutation(() => WorkshopPayload, { description: 'Pauses the live session: posting is refused until it resumes.' })
  pauseWorkshop(@Ctx() ctx: Context, @Arg('workshopId', () => ID) workshopId: string) {
    return asPayload(ctx.request.locale, () => workshopLifecycle.transition(ctx, workshopId, 'pause'));
  }

  @Mutation(() => WorkshopPayload, { description: 'Ends the workshop; what was said stays on record.' })
  closeWorkshop(@Ctx() ctx: Context, @Arg('workshopId', () => ID) workshopId: string) {
    return asPayload(ctx.request.locale, () => workshopLifecycle.transition(ctx, workshopId, 'close'));
  }

  @Mutation(() => WorkshopPayload, {
    description: `Reopens a closed session (closed → live) up to ${reopenWindowHours} hours after it closed, with a new join code; logged.`,
  })
  reopenWorkshop(@Ctx() ctx: Context, @Arg('workshopId', () => ID) workshopId: string) {
    return asPayload(ctx.request.locale, () => workshopLifecycle.reopen(ctx, workshopId));
  }

  @Mutation(() => WorkshopPayload, { description: 'Chooses strict or open moderation for the session.' })
  setModerationMode(
    @Ctx() ctx: Context,
    @Arg('workshopId', () => ID) workshopId: string,
    @Arg('mode', () => ModerationMode) mode: ModerationMode,
  ) {
    return asPayload(ctx.request.locale, () => workshopLifecycle.setModerationMode(ctx, workshopId, mode));
  }

  @Mutation(() => WorkshopPayload, { description: 'Puts one prompt to the room (null: none).' })
  setActivePrompt(
    @Ctx() ctx: Context,
    @Arg('workshopId', () => ID) workshopId: string,
    @Arg('promptId', () => ID, { nullable: true }) promptId?: string | null,
  ) {
    return asPayload(ctx.request.locale, () => workshopLifecycle.setActivePrompt(ctx, workshopId, promptId));
  }

  @Mutation(() => WorkshopPayload, {
    description: 'Adds a prompt at the end; during a session (live or paused) it is put to the room at once.',
  })
  addPrompt(
    @Ctx() ctx: Context,
    @Arg('workshopId', () => ID) workshopId: string,
    @Arg('question', () => String) question: string,
  ) {
    return asPayload(ctx.request.locale, () => workshopLifecycle.addPrompt(ctx, workshopId, question.slice(0, 2000)));
  }

  @Mutation(() => WorkshopPayload, { description: 'Makes a coordinator responsible for a workshop (admins only).' })
  assignCoordinator(
    @Ctx() ctx: Context,
    @Arg('workshopId', () => ID) workshopId: string,
    @Arg('personId', () => ID) personId: string,
  ) {
    return asPayload(ctx.request.locale, () => accountService.setCoordinator(ctx, workshopId, personId, true));
  }

  @Mutation(() => WorkshopPayload, { description: 'Removes a coordinator from a workshop (admins only).' })
  unassignCoordinator(
    @Ctx() ctx: Context,
    @Arg('workshopId', () => ID) workshopId: string,
    @Arg('personId', () => ID) personId: string,
  ) {
    return asPayload(ctx.request.locale, () => accountService.setCoordinator(ctx, workshopId, personId, false));
  }
}
