import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { NeighbourhoodType, TerritoryType, ThemeType } from '../territories/territory.type.js';
import { PersonType } from '../people/person.type.js';
import { ContributionType } from '../contributions/contribution.type.js';
import { StoryType } from '../stories/story.type.js';
import { FindingType } from '../findings/finding.type.js';
import { DiagnosisType } from './diagnosis.type.js';
import { diagnosisService } from './diagnosis.service.js';

@Resolver(() => DiagnosisType)
export class DiagnosisResolver {
  @Query(() => DiagnosisType, { description: 'One diagnosis by its slug.' })
  diagnosis(@Ctx() ctx: Context, @Arg('slug', () => String) slug: string) {
    return diagnosisService.bySlug(ctx, slug);
  }

  @FieldResolver(() => TerritoryType, { description: 'The territory diagnosed.' })
  async territory(@Root() d: DiagnosisType, @Ctx() ctx: Context) {
    return ctx.loaders.territoryById.load(d.territoryId);
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'The coordinator who validated it.' })
  async validatedBy(@Root() d: DiagnosisType, @Ctx() ctx: Context) {
    return d.validatedById ? ctx.loaders.personById.load(d.validatedById) : null;
  }

  @FieldResolver(() => [FindingType], { description: 'Its findings, in order.' })
  findings(@Root() d: DiagnosisType, @Ctx() ctx: Context) {
    return ctx.loaders.findingsByDiagnosis.load(d.id);
  }
}

@Resolver(() => FindingType)
export class FindingResolver {
  @FieldResolver(() => DiagnosisType, { description: 'The diagnosis it belongs to.' })
  async diagnosis(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.diagnosisById.load(f.diagnosisId);
  }

  @FieldResolver(() => [ThemeType], { description: 'Themes concerned.' })
  themes(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.themesByFinding.load(f.id);
  }

  @FieldResolver(() => [NeighbourhoodType], { description: 'Neighbourhoods concerned.' })
  neighbourhoods(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.neighbourhoodsByFinding.load(f.id);
  }

  @FieldResolver(() => [ContributionType], {
    description: 'The published contributions that support it, most supported first.',
  })
  evidence(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.evidenceByFinding.load(f.id);
  }

  @FieldResolver(() => Int, { description: 'Number of published contributions behind it.' })
  evidenceCount(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.evidenceCountByFinding.load(f.id);
  }

  @FieldResolver(() => [StoryType], { description: 'Stories that illustrate it.' })
  stories(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.storiesByFinding.load(f.id);
  }
}
