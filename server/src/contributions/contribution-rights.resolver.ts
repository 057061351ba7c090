import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { isAuthor } from '../shared/visibility.js';
import type { SessionFacts } from '../workshops/workshop.policy.js';
import { contributionPolicy, editWindowMinutes } from './contribution.policy.js';
import { ContributionType } from './contribution.type.js';
import { ModerationMove, moderationPolicy } from '../moderation/moderation.policy.js';
import '../moderation/moderation.type.js';

/** The session's state: from the event's snapshot when it carries one, else read (batched). */
async function sessionOf(ctx: Context, c: ContributionType): Promise<SessionFacts | null> {
  if (c.workshopStatusSnapshot) return { id: c.workshopId, status: c.workshopStatusSnapshot };
  const workshop = await ctx.loaders.workshopById.load(c.workshopId);
  return workshop && { id: workshop.id, status: workshop.status };
}

/**
 * What this viewer may do with a contribution, from the rules the mutations apply
 * (contribution.policy.ts): the site shows an action exactly when the API would accept it.
 */
@Resolver(() => ContributionType)
export class ContributionRightsResolver {
  @FieldResolver(() => Boolean, { description: 'You posted it.' })
  viewerIsAuthor(@Root() c: ContributionType, @Ctx() ctx: Context): boolean {
    return isAuthor(ctx.viewer, c);
  }

  @FieldResolver(() => Boolean, {
    description: `You posted it less than ${editWindowMinutes} minutes ago, it is waiting or published and the session is live: \`editContribution\` would accept it.`,
  })
  async viewerCanEdit(@Root() c: ContributionType, @Ctx() ctx: Context): Promise<boolean> {
    const session = await sessionOf(ctx, c);
    return session !== null && contributionPolicy.canEdit(ctx.viewer, c, session);
  }

  @FieldResolver(() => Boolean, {
    description: `You posted it less than ${editWindowMinutes} minutes ago and it is waiting or published: \`withdrawContribution\` would accept it.`,
  })
  viewerCanWithdraw(@Root() c: ContributionType, @Ctx() ctx: Context): boolean {
    return contributionPolicy.canWithdraw(ctx.viewer, c);
  }

  @FieldResolver(() => Boolean, {
    description:
      'You take part in the session, it is live, and this is someone else’s published contribution: ' +
      '`voteContribution` would accept it ("me too"; saying it twice changes nothing).',
  })
  async viewerCanVote(@Root() c: ContributionType, @Ctx() ctx: Context): Promise<boolean> {
    const session = await sessionOf(ctx, c);
    return session !== null && contributionPolicy.canVote(ctx.viewer, c, session);
  }

  @FieldResolver(() => Boolean, {
    description:
      'You may post in the session now and this is a published contribution, not a reply: ' +
      '`postContribution` with it as `parentId` would accept a reply.',
  })
  async viewerCanReply(@Root() c: ContributionType, @Ctx() ctx: Context): Promise<boolean> {
    const session = await sessionOf(ctx, c);
    return session !== null && contributionPolicy.canReply(ctx.viewer, c, session);
  }

  @FieldResolver(() => Boolean, {
    description:
      'You take part in the session, this is someone else’s published contribution and you have not reported it: ' +
      '`reportContribution` would accept a report.',
  })
  async viewerCanReport(@Root() c: ContributionType, @Ctx() ctx: Context): Promise<boolean> {
    if (!contributionPolicy.canReport(ctx.viewer, c, false)) return false;
    return contributionPolicy.canReport(ctx.viewer, c, (await ctx.loaders.reportsByViewer.load(c.id)) > 0);
  }

  @FieldResolver(() => [ModerationMove], {
    description:
      'What you may do to it as a moderator now (the mutations that would accept it), in the order a console ' +
      'shows them; empty unless you run its workshop.',
  })
  viewerModerationMoves(@Root() c: ContributionType, @Ctx() ctx: Context): ModerationMove[] {
    return moderationPolicy.moves(ctx.viewer, { ...c, addressedAt: c.addressedAt ?? null });
  }
}
