import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { asPayload } from '../shared/payload.js';
import { ContributionPayload, ContributionType } from '../contributions/contribution.type.js';
import { ModerationActionType } from './moderation.type.js';
import { moderationService } from './moderation.service.js';

@Resolver(() => ModerationActionType)
export class ModerationResolver {
  @FieldResolver(() => ContributionType, { nullable: true, description: 'The contribution concerned, if any.' })
  async contribution(@Root() a: ModerationActionType, @Ctx() ctx: Context) {
    return a.contributionId ? ctx.loaders.contributionById.load(a.contributionId) : null;
  }

  @Mutation(() => ContributionPayload, { description: 'Publishes a contribution waiting in the queue.' })
  approveContribution(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return asPayload(ctx.request.locale, () => moderationService.approve(ctx, id));
  }

  @Mutation(() => ContributionPayload, { description: 'Hides a contribution from everyone but coordinators.' })
  hideContribution(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string) {
    return asPayload(ctx.request.locale, () => moderationService.hide(ctx, id, reason.slice(0, 2000)));
  }

  @Mutation(() => ContributionPayload, {
    description:
      'Keeps a reported contribution published: its reports are marked read and leave the « to review » list (logged).',
  })
  keepReportedContribution(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return asPayload(ctx.request.locale, () => moderationService.keep(ctx, id));
  }

  @Mutation(() => ContributionPayload, { description: 'Publishes a hidden contribution again.' })
  restoreContribution(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return asPayload(ctx.request.locale, () => moderationService.restore(ctx, id));
  }

  @Mutation(() => ContributionPayload, { description: 'Pins a contribution on top of the board and the wall.' })
  pinContribution(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return asPayload(ctx.request.locale, () => moderationService.pin(ctx, id, true));
  }

  @Mutation(() => ContributionPayload, { description: 'Unpins a contribution.' })
  unpinContribution(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return asPayload(ctx.request.locale, () => moderationService.pin(ctx, id, false));
  }

  @Mutation(() => ContributionPayload, { description: 'Marks a contribution as addressed (answered or taken up).' })
  markContributionAddressed(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return asPayload(ctx.request.locale, () => moderationService.markAddressed(ctx, id));
  }

  @Mutation(() => ContributionPayload, {
    description: 'Merges a duplicate into the contribution kept; its supporters move to the one kept.',
  })
  mergeContributions(
    @Ctx() ctx: Context,
    @Arg('keepId', () => ID) keepId: string,
    @Arg('duplicateId', () => ID) duplicateId: string,
  ) {
    return asPayload(ctx.request.locale, () => moderationService.merge(ctx, keepId, duplicateId));
  }

  @Mutation(() => ContributionPayload, { description: 'Sets the themes of a contribution.' })
  tagContribution(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('themeSlugs', () => [String]) themeSlugs: string[],
  ) {
    return asPayload(ctx.request.locale, () => moderationService.tag(ctx, id, themeSlugs.slice(0, 50)));
  }
}
