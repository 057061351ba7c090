import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { TerritoryType } from '../territories/territory.type.js';
import { PersonType } from '../people/person.type.js';
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
