import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { asPayload } from '../shared/payload.js';
import { ContributionType } from '../contributions/contribution.type.js';
import { FindingType } from './finding.type.js';
import { FindingPayload } from './finding-payload.type.js';
import { evidencePolicy, evidenceLimits } from './evidence.policy.js';
import { PromoteContributionsInput } from './evidence.inputs.js';
import { evidenceService } from './evidence.service.js';

/**
 * A finding reached through a contribution's `retainedIn` is counted as the public sees it: those
 * live events are shared by audiences that say nothing of who coordinates the diagnosis.
 */
export type SeenFinding = FindingType & { seenAsPublic?: boolean };

const evidenceOf = (ctx: Context, f: SeenFinding) => (f.seenAsPublic ? ctx.loaders.publicEvidence : ctx.loaders);

const contributionIdsArg = {
  description: `The contributions: ${evidenceLimits.min} to ${evidenceLimits.max} at once.`,
};

@Resolver(() => FindingType)
export class EvidenceResolver {
  @FieldResolver(() => [ContributionType], {
    description:
      'The contributions that back it, most supported first: published ones for everyone; its diagnosis’s ' +
      'coordinators also see those hidden since (see `moderationState`).',
  })
  evidence(@Root() f: SeenFinding, @Ctx() ctx: Context) {
    return evidenceOf(ctx, f).evidenceByFinding.load(f.id);
  }

  @FieldResolver(() => Int, { description: 'Number of contributions behind it (those `evidence` lists).' })
  async evidenceCount(@Root() f: SeenFinding, @Ctx() ctx: Context) {
    return (await evidenceOf(ctx, f).evidenceStatsByFinding.load(f.id)).evidenceCount;
  }

  @FieldResolver(() => Int, { description: 'Distinct people (accounts or guests) who said what backs it.' })
  async participantCount(@Root() f: SeenFinding, @Ctx() ctx: Context) {
    return (await evidenceOf(ctx, f).evidenceStatsByFinding.load(f.id)).participantCount;
  }

  @FieldResolver(() => Int, { description: 'Distinct organizations in whose name what backs it was said.' })
  async organizationCount(@Root() f: SeenFinding, @Ctx() ctx: Context) {
    return (await evidenceOf(ctx, f).evidenceStatsByFinding.load(f.id)).organizationCount;
  }

  @FieldResolver(() => Boolean, {
    description: 'You may attach, detach and promote contributions into it (its diagnosis’s coordinators).',
  })
  async viewerCanPromote(@Root() f: FindingType, @Ctx() ctx: Context) {
    const d = await ctx.loaders.diagnosisById.load(f.diagnosisId);
    return d !== null && evidencePolicy.canPromote(ctx.viewer, d, f);
  }

  @Mutation(() => FindingPayload, {
    description:
      'Cites published contributions of the diagnosis’s territory as the finding’s evidence (its coordinators); ' +
      'their boards show them retained, live.',
  })
  attachEvidence(
    @Ctx() ctx: Context,
    @Arg('findingId', () => ID, { description: 'The finding.' }) findingId: string,
    @Arg('contributionIds', () => [ID], contributionIdsArg) contributionIds: string[],
  ) {
    return asPayload(ctx.request.locale, () => evidenceService.attach(ctx, findingId, contributionIds));
  }

  @Mutation(() => FindingPayload, {
    description: 'Stops citing contributions as the finding’s evidence (its coordinators).',
  })
  detachEvidence(
    @Ctx() ctx: Context,
    @Arg('findingId', () => ID, { description: 'The finding.' }) findingId: string,
    @Arg('contributionIds', () => [ID], contributionIdsArg) contributionIds: string[],
  ) {
    return asPayload(ctx.request.locale, () => evidenceService.detach(ctx, findingId, contributionIds));
  }

  @Mutation(() => FindingPayload, {
    description:
      'Promotes contributions in one step (the diagnosis’s coordinators): into an existing finding, or into a new ' +
      'one (PROPOSED) pre-filled from them. Answers the finding they now back.',
  })
  promoteContributions(
    @Ctx() ctx: Context,
    @Arg('input', () => PromoteContributionsInput) input: PromoteContributionsInput,
  ) {
    return asPayload(ctx.request.locale, () => evidenceService.promote(ctx, input));
  }
}
