import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { TerritoryType } from '../territories/territory.type.js';
import { PersonType } from '../people/person.type.js';
import { FindingType } from '../findings/finding.type.js';
import { findingPolicy } from '../findings/finding.policy.js';
import { FindingSuggestionType } from '../findings/suggestion.type.js';
import { WorkshopType } from '../workshops/workshop.type.js';
import { DiagnosisTransitionType, DiagnosisType } from './diagnosis.type.js';
import { coordinatesDiagnosis, diagnosisPolicy, DiagnosisMove } from './diagnosis.policy.js';
import { diagnosisService } from './diagnosis.service.js';

@Resolver(() => DiagnosisType)
export class DiagnosisResolver {
  @Query(() => DiagnosisType, { description: 'One diagnosis by its slug.' })
  diagnosis(@Ctx() ctx: Context, @Arg('slug', () => String, { description: 'The diagnosis’s slug.' }) slug: string) {
    return diagnosisService.bySlug(ctx, slug);
  }

  @Query(() => DiagnosisType, {
    nullable: true,
    description: 'The diagnosis of a territory for a period, as its page’s address names them; null when unknown.',
  })
  territoryDiagnosis(
    @Ctx() ctx: Context,
    @Arg('territorySlug', () => String, { description: 'The territory’s slug.' }) territorySlug: string,
    @Arg('period', () => String, { description: 'The period: "2026-2027", or "2015".' }) period: string,
  ) {
    return diagnosisService.ofTerritory(ctx, territorySlug, period);
  }

  @FieldResolver(() => TerritoryType, { description: 'The territory diagnosed.' })
  async territory(@Root() d: DiagnosisType, @Ctx() ctx: Context) {
    return ctx.loaders.territoryById.load(d.territoryId);
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'The coordinator who validated it.' })
  async validatedBy(@Root() d: DiagnosisType, @Ctx() ctx: Context) {
    return d.validatedById ? ctx.loaders.personById.load(d.validatedById) : null;
  }

  @FieldResolver(() => [FindingType], { description: 'Its findings, in order, whatever their status.' })
  findings(@Root() d: DiagnosisType, @Ctx() ctx: Context) {
    return ctx.loaders.findingsByDiagnosis.load(d.id);
  }

  @FieldResolver(() => [PersonType], { description: 'Its territory coordinators.' })
  coordinators(@Root() d: DiagnosisType, @Ctx() ctx: Context) {
    return ctx.loaders.coordinatorsByDiagnosis.load(d.id);
  }

  @FieldResolver(() => [WorkshopType], {
    description: 'The workshops that feed it, latest first (its consultation apart).',
  })
  workshops(@Root() d: DiagnosisType, @Ctx() ctx: Context) {
    return ctx.loaders.workshopsByDiagnosis.load(d.id);
  }

  @FieldResolver(() => WorkshopType, {
    nullable: true,
    description: 'Where contributions are posted outside live workshops; null until the consultation opens.',
  })
  consultation(@Root() d: DiagnosisType, @Ctx() ctx: Context) {
    return d.consultationId ? ctx.loaders.workshopById.load(d.consultationId) : null;
  }

  @FieldResolver(() => [DiagnosisTransitionType], { description: 'Its moves from state to state, newest first.' })
  transitions(@Root() d: DiagnosisType, @Ctx() ctx: Context) {
    return ctx.loaders.transitionsByDiagnosis.load(d.id);
  }

  @FieldResolver(() => Int, { description: 'Number of the latest event of its live stream (subscribe after it).' })
  lastSeq(@Root() d: DiagnosisType, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.lastSeqByDiagnosis.load(d.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'You coordinate it: you write and decide its findings, and moderate its consultation.',
  })
  viewerCanCoordinate(@Root() d: DiagnosisType, @Ctx() ctx: Context): boolean {
    return coordinatesDiagnosis(ctx.viewer, d.id);
  }

  @FieldResolver(() => [DiagnosisMove], {
    description: 'The moves of its life the mutations would accept of you now (none unless you coordinate it).',
  })
  viewerDiagnosisMoves(@Root() d: DiagnosisType, @Ctx() ctx: Context): DiagnosisMove[] {
    return diagnosisPolicy.moves(ctx.viewer, d);
  }

  @FieldResolver(() => Boolean, { description: '`postDiagnosisContribution` would accept your contribution now.' })
  async viewerCanContribute(@Root() d: DiagnosisType, @Ctx() ctx: Context): Promise<boolean> {
    const consultation = d.consultationId ? await ctx.loaders.workshopById.load(d.consultationId) : null;
    return diagnosisPolicy.canContribute(ctx.viewer, d, consultation);
  }

  @FieldResolver(() => Boolean, { description: '`proposeFinding` would accept your finding now.' })
  viewerCanPropose(@Root() d: DiagnosisType, @Ctx() ctx: Context): boolean {
    return findingPolicy.canPropose(ctx.viewer, d);
  }

  @FieldResolver(() => [FindingSuggestionType], {
    description: 'Suggested edits waiting for a review, oldest first (for its coordinators; empty for others).',
  })
  pendingSuggestions(@Root() d: DiagnosisType, @Ctx() ctx: Context) {
    return coordinatesDiagnosis(ctx.viewer, d.id) ? ctx.loaders.pendingSuggestionsByDiagnosis.load(d.id) : [];
  }

  @FieldResolver(() => [FindingType], {
    description:
      'Participants’ proposals no coordinator has reviewed yet, in order (for its coordinators; empty for others).',
  })
  async proposalsAwaitingReview(@Root() d: DiagnosisType, @Ctx() ctx: Context) {
    if (!coordinatesDiagnosis(ctx.viewer, d.id)) return [];
    return (await ctx.loaders.findingsByDiagnosis.load(d.id)).filter((f) => f.awaitingReview);
  }
}

@Resolver(() => DiagnosisTransitionType)
export class DiagnosisTransitionResolver {
  @FieldResolver(() => PersonType, {
    nullable: true,
    description: 'Who made the move (null once their account is gone).',
  })
  actor(@Root() t: DiagnosisTransitionType, @Ctx() ctx: Context) {
    return t.actorId ? ctx.loaders.personById.load(t.actorId) : null;
  }
}
