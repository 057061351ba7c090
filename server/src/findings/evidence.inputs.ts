import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FindingKind, FindingPriority } from './finding.entity.js';
import { statementLimits, titleLimits } from './finding.policy.js';
import { evidenceLimits } from './evidence.policy.js';

// Hard caps keep absurd payloads out before any query; the service gives the friendly message
// (EVIDENCE_NONE, EVIDENCE_TOO_MANY) for ordinary mistakes.
const hardCap = evidenceLimits.max * 4;

@InputType({ description: 'A finding promoted from contributions; what is left empty is filled in from them.' })
export class NewFindingInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The diagnosis; when not given, the one the contributions’ workshop belongs to.',
  })
  diagnosisId?: string | null;

  @Field(() => FindingKind, {
    nullable: true,
    description: 'Need, asset or opportunity; when not given, from the first contribution’s kind.',
  })
  kind?: FindingKind | null;

  @Field(() => String, {
    nullable: true,
    description: `Title (${titleLimits.min} to ${titleLimits.max} characters); empty: the first contribution’s first sentence.`,
  })
  @MaxLength(titleLimits.max * 4)
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Statement in Markdown (at most ${statementLimits.max} characters); empty: the contributions quoted.`,
  })
  @MaxLength(statementLimits.max * 4)
  statement?: string | null;

  @Field(() => FindingPriority, { nullable: true, description: 'Priority; MEDIUM when not given.' })
  priority?: FindingPriority | null;
}

@InputType({
  description:
    'Contributions promoted in one step: into an existing finding (`findingId`) or a new one (`newFinding`).',
})
export class PromoteContributionsInput {
  @Field(() => [ID], {
    description: `Published contributions of the diagnosis’s territory: ${evidenceLimits.min} to ${evidenceLimits.max}.`,
  })
  @ArrayMaxSize(hardCap)
  contributionIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The finding they back (exactly one of findingId, newFinding).' })
  findingId?: string | null;

  @Field(() => NewFindingInput, {
    nullable: true,
    description: 'The finding to create from them (exactly one of findingId, newFinding).',
  })
  newFinding?: NewFindingInput | null;
}
