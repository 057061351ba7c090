import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { asPayload } from '../shared/payload.js';
import { ContributionPayload } from '../contributions/contribution.type.js';
import { DiagnosisPayload, DiagnosisType } from './diagnosis.type.js';
import { CreateDiagnosisInput, PostDiagnosisContributionInput } from './diagnosis.inputs.js';
import { reasonLimits } from './diagnosis.policy.js';
import { diagnosisLifecycle } from './diagnosis-lifecycle.service.js';
import { diagnosisConsultation } from './diagnosis-consultation.service.js';

const reasonArg = `Why (${reasonLimits.min} to ${reasonLimits.max} characters), kept in the log`;

/** A diagnosis's life: starting it, its coordinators, its moves, and posting to its consultation. */
@Resolver(() => DiagnosisType)
export class DiagnosisLifecycleResolver {
  @Mutation(() => DiagnosisPayload, {
    description:
      'Starts a diagnosis of a territory for a period, as a draft (admins and coordinators; a coordinator ' +
      'who starts one coordinates it).',
  })
  createDiagnosis(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateDiagnosisInput, { description: 'The territory, period and title.' })
    input: CreateDiagnosisInput,
  ) {
    return asPayload(ctx.request.locale, () => diagnosisLifecycle.create(ctx, input));
  }

  @Mutation(() => DiagnosisPayload, {
    description: 'Assigns a person with the coordinator role to a diagnosis and its consultation (admins).',
  })
  assignDiagnosisCoordinator(
    @Ctx() ctx: Context,
    @Arg('diagnosisId', () => ID, { description: 'The diagnosis.' }) diagnosisId: string,
    @Arg('personId', () => ID, { description: 'The coordinator to assign.' }) personId: string,
  ) {
    return asPayload(ctx.request.locale, () => diagnosisLifecycle.setCoordinator(ctx, diagnosisId, personId, true));
  }

  @Mutation(() => DiagnosisPayload, {
    description: 'Takes a coordinator off a diagnosis and its consultation (admins).',
  })
  unassignDiagnosisCoordinator(
    @Ctx() ctx: Context,
    @Arg('diagnosisId', () => ID, { description: 'The diagnosis.' }) diagnosisId: string,
    @Arg('personId', () => ID, { description: 'The coordinator to take off.' }) personId: string,
  ) {
    return asPayload(ctx.request.locale, () => diagnosisLifecycle.setCoordinator(ctx, diagnosisId, personId, false));
  }

  @Mutation(() => DiagnosisPayload, {
    description: 'Opens a draft for consultation: it becomes public, and its consultation takes contributions.',
  })
  openConsultation(
    @Ctx() ctx: Context,
    @Arg('diagnosisId', () => ID, { description: 'The diagnosis.' }) diagnosisId: string,
    @Arg('reason', () => String, { nullable: true, description: `${reasonArg} (optional).` }) reason?: string | null,
  ) {
    return asPayload(ctx.request.locale, () =>
      diagnosisLifecycle.transition(ctx, diagnosisId, 'consult', reason ?? ''),
    );
  }

  @Mutation(() => DiagnosisPayload, {
    description: 'Validates a diagnosis in consultation: published and frozen; its consultation closes.',
  })
  validateDiagnosis(
    @Ctx() ctx: Context,
    @Arg('diagnosisId', () => ID, { description: 'The diagnosis.' }) diagnosisId: string,
    @Arg('reason', () => String, { nullable: true, description: `${reasonArg} (optional).` }) reason?: string | null,
  ) {
    return asPayload(ctx.request.locale, () =>
      diagnosisLifecycle.transition(ctx, diagnosisId, 'validate', reason ?? ''),
    );
  }

  @Mutation(() => DiagnosisPayload, { description: 'Archives a validated diagnosis.' })
  archiveDiagnosis(
    @Ctx() ctx: Context,
    @Arg('diagnosisId', () => ID, { description: 'The diagnosis.' }) diagnosisId: string,
    @Arg('reason', () => String, { nullable: true, description: `${reasonArg} (optional).` }) reason?: string | null,
  ) {
    return asPayload(ctx.request.locale, () =>
      diagnosisLifecycle.transition(ctx, diagnosisId, 'archive', reason ?? ''),
    );
  }

  @Mutation(() => DiagnosisPayload, {
    description: 'Reopens a validated or archived diagnosis for consultation, saying why; its consultation goes live.',
  })
  reopenDiagnosis(
    @Ctx() ctx: Context,
    @Arg('diagnosisId', () => ID, { description: 'The diagnosis.' }) diagnosisId: string,
    @Arg('reason', () => String, { description: `${reasonArg}.` }) reason: string,
  ) {
    return asPayload(ctx.request.locale, () => diagnosisLifecycle.transition(ctx, diagnosisId, 'reopen', reason));
  }

  @Mutation(() => ContributionPayload, {
    description:
      'Posts a contribution to a diagnosis in consultation, outside live workshops (signed-in people): ' +
      'moderated as in a workshop, published at once in open mode, queued in strict mode.',
  })
  postDiagnosisContribution(
    @Ctx() ctx: Context,
    @Arg('input', () => PostDiagnosisContributionInput, { description: 'The contribution.' })
    input: PostDiagnosisContributionInput,
  ) {
    return asPayload(ctx.request.locale, () => diagnosisConsultation.post(ctx, input));
  }
}
