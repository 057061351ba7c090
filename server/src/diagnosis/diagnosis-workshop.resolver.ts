import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { asPayload } from '../shared/payload.js';
import { WorkshopPayload, WorkshopType } from '../workshops/workshop.type.js';
import { DiagnosisType } from './diagnosis.type.js';
import { diagnosisWorkshops } from './diagnosis-workshop.service.js';

/** A workshop and the diagnosis it feeds. */
@Resolver(() => WorkshopType)
export class DiagnosisWorkshopResolver {
  @FieldResolver(() => DiagnosisType, {
    nullable: true,
    description: 'The diagnosis it feeds (or whose consultation it is), when you may see it.',
  })
  diagnosis(@Root() w: WorkshopType, @Ctx() ctx: Context) {
    return w.diagnosisId ? ctx.loaders.diagnosisById.load(w.diagnosisId) : null;
  }

  @Mutation(() => WorkshopPayload, {
    description:
      'Links a workshop to a diagnosis of its territory, or unlinks it with a null `diagnosisId` (those who run ' +
      'the workshop and coordinate the diagnosis, or admins).',
  })
  linkWorkshopToDiagnosis(
    @Ctx() ctx: Context,
    @Arg('workshopId', () => ID, { description: 'The workshop.' }) workshopId: string,
    @Arg('diagnosisId', () => ID, { nullable: true, description: 'The diagnosis; null to unlink.' })
    diagnosisId?: string | null,
  ) {
    return asPayload(ctx.request.locale, () => diagnosisWorkshops.link(ctx, workshopId, diagnosisId));
  }
}
