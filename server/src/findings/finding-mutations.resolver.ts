import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { asPayload } from '../shared/payload.js';
import { FindingStatus } from './finding.entity.js';
import { ProposeFindingInput, UpdateFindingInput } from './finding.inputs.js';
import { FindingPayload } from './finding-payload.type.js';
import { findingService } from './finding.service.js';
import { mergeFindings } from './finding-merge.service.js';

@Resolver()
export class FindingMutationsResolver {
  @Mutation(() => FindingPayload, {
    description:
      'Writes a finding (the diagnosis’s coordinators, in draft or consultation) or proposes one (signed in, ' +
      'during the consultation: it waits for a coordinator’s review, seen by them and you).',
  })
  proposeFinding(@Ctx() ctx: Context, @Arg('input', () => ProposeFindingInput) input: ProposeFindingInput) {
    return asPayload(ctx.request.locale, () => findingService.propose(ctx, input));
  }

  @Mutation(() => FindingPayload, {
    description:
      'Edits a finding (coordinators) from the version the edit started from; a stale one saves nothing and ' +
      'answers FINDING_CHANGED with the finding as it now is.',
  })
  updateFinding(@Ctx() ctx: Context, @Arg('input', () => UpdateFindingInput) input: UpdateFindingInput) {
    return asPayload(ctx.request.locale, () => findingService.update(ctx, input));
  }

  @Mutation(() => FindingPayload, { description: 'Puts a finding at another place in its diagnosis (coordinators).' })
  moveFinding(
    @Ctx() ctx: Context,
    @Arg('findingId', () => ID, { description: 'The finding.' }) findingId: string,
    @Arg('position', () => Int, { description: 'Its new place, 0 first; the others shift.' }) position: number,
  ) {
    return asPayload(ctx.request.locale, () => findingService.move(ctx, findingId, position));
  }

  @Mutation(() => FindingPayload, {
    description:
      'Retains, sets aside or proposes again a finding (coordinators); on a participant’s proposal, any of them ' +
      'is its review. Merging is `mergeFindings`.',
  })
  setFindingStatus(
    @Ctx() ctx: Context,
    @Arg('findingId', () => ID, { description: 'The finding.' }) findingId: string,
    @Arg('status', () => FindingStatus, { description: 'RETAINED, SET_ASIDE or PROPOSED.' }) status: FindingStatus,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'The `version` the decision was made on: if the finding changed since, FINDING_CHANGED.',
    })
    expectedVersion: number | null | undefined,
  ) {
    return asPayload(ctx.request.locale, () => findingService.setStatus(ctx, findingId, status, expectedVersion));
  }

  @Mutation(() => FindingPayload, {
    description:
      'Merges a finding into another of the same diagnosis (coordinators): its evidence, supports and comments ' +
      'move to the one kept, which is returned.',
  })
  mergeFindings(
    @Ctx() ctx: Context,
    @Arg('findingId', () => ID, { description: 'The finding merged (it gets status MERGED).' }) findingId: string,
    @Arg('intoId', () => ID, { description: 'The finding kept.' }) intoId: string,
  ) {
    return asPayload(ctx.request.locale, () => mergeFindings(ctx, findingId, intoId));
  }

  @Mutation(() => FindingPayload, {
    description:
      'Tells the others on the diagnosis page that you are editing a finding, or stopped (coordinators; ' +
      'a FINDING_EDITING event, nothing else changes).',
  })
  markEditingFinding(
    @Ctx() ctx: Context,
    @Arg('findingId', () => ID, { description: 'The finding.' }) findingId: string,
    @Arg('editing', () => Boolean, { description: 'Started (true) or stopped.' }) editing: boolean,
  ) {
    return asPayload(ctx.request.locale, () => findingService.markEditing(ctx, findingId, editing));
  }
}
