import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { KindCount } from '../workshops/workshop.type.js';
import { NeighbourhoodType, ThemeType } from '../territories/territory.type.js';
import { FindingType } from '../findings/finding.type.js';
import { DiagnosisType } from './diagnosis.type.js';
import {
  DiagnosisParticipation,
  MatrixCell,
  MonthCount,
  OrganizationKindCount,
} from './diagnosis-participation.type.js';

/** What a diagnosis is built from: who took part, and where its retained findings stand. */
@Resolver(() => DiagnosisType)
export class DiagnosisFiguresResolver {
  @FieldResolver(() => DiagnosisParticipation, {
    description: 'Who took part: its workshops, participants, contributions and organizations.',
  })
  participation(@Root() d: DiagnosisType): DiagnosisParticipation {
    return { diagnosisId: d.id };
  }

  @FieldResolver(() => [MatrixCell], {
    description: 'Themes × neighbourhoods of its retained findings, with the weight of evidence of each cell.',
  })
  matrix(@Root() d: DiagnosisType, @Ctx() ctx: Context) {
    return ctx.loaders.matrixByDiagnosis.load(d.id);
  }
}

@Resolver(() => DiagnosisParticipation)
export class DiagnosisParticipationResolver {
  @FieldResolver(() => Int, { description: 'Workshops linked to the diagnosis (its consultation apart).' })
  workshopCount(@Root() p: DiagnosisParticipation, @Ctx() ctx: Context) {
    return ctx.loaders.workshopCountByDiagnosis.load(p.diagnosisId);
  }

  @FieldResolver(() => Int, { description: 'People and guests who posted a published contribution, each once.' })
  participantCount(@Root() p: DiagnosisParticipation, @Ctx() ctx: Context) {
    return ctx.loaders.participantCountByDiagnosis.load(p.diagnosisId);
  }

  @FieldResolver(() => Int, { description: 'Published contributions (replies excluded).' })
  contributionCount(@Root() p: DiagnosisParticipation, @Ctx() ctx: Context) {
    return ctx.loaders.contributionCountByDiagnosis.load(p.diagnosisId);
  }

  @FieldResolver(() => Int, {
    description: 'Organizations that spoke in a published contribution or co-signed a finding, each once.',
  })
  async organizationCount(@Root() p: DiagnosisParticipation, @Ctx() ctx: Context) {
    const kinds = await ctx.loaders.organizationKindsByDiagnosis.load(p.diagnosisId);
    return kinds.reduce((sum, k) => sum + k.count, 0);
  }

  @FieldResolver(() => [KindCount], { description: 'Published contributions by kind.' })
  contributionsByKind(@Root() p: DiagnosisParticipation, @Ctx() ctx: Context) {
    return ctx.loaders.contributionsByKindByDiagnosis.load(p.diagnosisId);
  }

  @FieldResolver(() => [OrganizationKindCount], { description: 'The organizations of `organizationCount`, by kind.' })
  organizationsByKind(@Root() p: DiagnosisParticipation, @Ctx() ctx: Context) {
    return ctx.loaders.organizationKindsByDiagnosis.load(p.diagnosisId);
  }

  @FieldResolver(() => [MonthCount], { description: 'Published contributions by month, oldest first.' })
  timeline(@Root() p: DiagnosisParticipation, @Ctx() ctx: Context) {
    return ctx.loaders.timelineByDiagnosis.load(p.diagnosisId);
  }
}

@Resolver(() => MatrixCell)
export class MatrixCellResolver {
  @FieldResolver(() => ThemeType, { description: 'The theme.' })
  async theme(@Root() cell: MatrixCell, @Ctx() ctx: Context) {
    return ctx.loaders.themeById.load(cell.themeId);
  }

  @FieldResolver(() => NeighbourhoodType, {
    nullable: true,
    description: 'The neighbourhood; null for findings that name none.',
  })
  neighbourhood(@Root() cell: MatrixCell, @Ctx() ctx: Context) {
    return cell.neighbourhoodId ? ctx.loaders.neighbourhoodById.load(cell.neighbourhoodId) : null;
  }

  @FieldResolver(() => [FindingType], { description: 'The retained findings of the cell, in order.' })
  async findings(@Root() cell: MatrixCell, @Ctx() ctx: Context) {
    const found = await ctx.loaders.findingById.loadMany(cell.findingIds);
    return found.filter((f): f is FindingType => f !== null && !(f instanceof Error));
  }
}
