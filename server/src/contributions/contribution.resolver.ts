import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../shared/ids.js';
import { asPayload } from '../shared/payload.js';
import { canModerate } from '../shared/viewer.js';
import { PostContributionInput } from './contribution.inputs.js';
import { contributionWrites, maxThemes } from './contribution.writes.js';
import { canReadHiddenReason, editWindowMinutes } from './contribution.policy.js';
import { listOfAbout, listOfAtMost } from '../shared/query-cost.js';
import type { Context } from '../shared/context.js';
import { NeighbourhoodType, ThemeType } from '../territories/territory.type.js';
import { PersonType } from '../people/person.type.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { PromptType, WorkshopType } from '../workshops/workshop.type.js';
import { ContributionPayload, ContributionType } from './contribution.type.js';
import { contributionService } from './contribution.service.js';

@Resolver(() => ContributionType)
export class ContributionResolver {
  @FieldResolver(() => String, { description: 'Name to show: the guest’s, the person’s, or the organization’s.' })
  authorName(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return c.authorNameSnapshot ?? contributionService.authorName(ctx, c);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Posted by a guest who joined with the workshop’s code, not by a signed-in account: show it with the name, ' +
      'which nobody checked.',
  })
  authorIsGuest(@Root() c: ContributionType): boolean {
    return c.guestId !== null;
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'Author, when signed in.' })
  async author(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return c.authorId ? ctx.loaders.personById.load(c.authorId) : null;
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: 'Organization the author speaks for.' })
  async organization(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return c.organizationId ? ctx.loaders.organizationById.load(c.organizationId) : null;
  }

  @FieldResolver(() => WorkshopType, { description: 'Workshop it was posted in.' })
  async workshop(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return ctx.loaders.workshopById.load(c.workshopId);
  }

  @FieldResolver(() => PromptType, { nullable: true, description: 'Question it answers.' })
  async prompt(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return c.promptId ? ctx.loaders.promptById.load(c.promptId) : null;
  }

  @FieldResolver(() => [ThemeType], {
    description: `Themes it touches (at most ${maxThemes}).`,
    ...listOfAtMost(maxThemes),
  })
  themes(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return c.themesSnapshot ?? ctx.loaders.themesByContribution.load(c.id);
  }

  @FieldResolver(() => Boolean, { description: 'A coordinator marked it as addressed (answered, taken up).' })
  addressed(@Root() c: ContributionType): boolean {
    return c.addressedAt !== null && c.addressedAt !== undefined;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'Id of the contribution this one replies to (cheaper than `parent` on live events).',
  })
  parentId(@Root() c: ContributionType): string | null {
    return c.parentId ? toGlobalId('Contribution', c.parentId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'For a merged duplicate: the contribution kept.' })
  mergedIntoId(@Root() c: ContributionType): string | null {
    return c.mergedIntoId ? toGlobalId('Contribution', c.mergedIntoId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why it was hidden (for coordinators, and for its author; null for others).',
  })
  hiddenReason(@Root() c: ContributionType, @Ctx() ctx: Context): string | null {
    return canReadHiddenReason(ctx.viewer, c) ? c.hiddenReason : null;
  }

  @FieldResolver(() => Int, {
    description: 'Reports not yet read by a coordinator (coordinators only; 0 for others).',
  })
  async reportCount(@Root() c: ContributionType, @Ctx() ctx: Context): Promise<number> {
    return canModerate(ctx.viewer, c.workshopId) ? ctx.loaders.reportCountByContribution.load(c.id) : 0;
  }

  @Mutation(() => ContributionPayload, {
    description: 'Posts a contribution in a live workshop (published at once in open mode, queued in strict mode).',
  })
  postContribution(@Ctx() ctx: Context, @Arg('input', () => PostContributionInput) input: PostContributionInput) {
    return asPayload(ctx.request.locale, () => contributionWrites.post(ctx, input));
  }

  @Mutation(() => ContributionPayload, {
    description: `Changes the text of your contribution (within ${editWindowMinutes} minutes).`,
  })
  editContribution(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('body', () => String) body: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description:
        'The `version` the edit started from: if the contribution changed since, nothing is saved, and the user ' +
        'error CONTRIBUTION_CHANGED comes with the contribution as it now is, to bring the edit into its text ' +
        'and send it again with its `version`.',
    })
    expectedVersion: number | null | undefined,
  ) {
    return asPayload(ctx.request.locale, () =>
      contributionWrites.edit(ctx, id, body.slice(0, 10_000), expectedVersion),
    );
  }

  @Mutation(() => ContributionPayload, {
    description: `Takes back your contribution (within ${editWindowMinutes} minutes).`,
  })
  withdrawContribution(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return asPayload(ctx.request.locale, () => contributionWrites.withdraw(ctx, id));
  }

  @Mutation(() => ContributionPayload, {
    description: '"Me too": supports a published contribution, once per person or guest.',
  })
  voteContribution(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return asPayload(ctx.request.locale, () => contributionWrites.vote(ctx, id, true));
  }

  @Mutation(() => ContributionPayload, { description: 'Takes back your "me too".' })
  unvoteContribution(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return asPayload(ctx.request.locale, () => contributionWrites.vote(ctx, id, false));
  }

  @Mutation(() => ContributionPayload, { description: 'Reports a contribution to the coordinators, with a reason.' })
  reportContribution(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ) {
    return asPayload(ctx.request.locale, () => contributionWrites.report(ctx, id, reason.slice(0, 2000)));
  }

  @FieldResolver(() => NeighbourhoodType, { nullable: true, description: 'Neighbourhood it concerns.' })
  async neighbourhood(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return c.neighbourhoodId ? ctx.loaders.neighbourhoodById.load(c.neighbourhoodId) : null;
  }

  @FieldResolver(() => ContributionType, { nullable: true, description: 'The contribution this one replies to.' })
  async parent(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return c.parentId ? ctx.loaders.contributionById.load(c.parentId) : null;
  }

  @FieldResolver(() => [ContributionType], { description: 'Replies, oldest first.', ...listOfAbout(2) })
  replies(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return ctx.loaders.repliesByContribution.load(c.id);
  }
}
