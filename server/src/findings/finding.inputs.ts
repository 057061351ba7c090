import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { FindingKind, FindingPriority } from './finding.entity.js';
import { noteLimits, statementLimits, titleLimits } from './finding.policy.js';

/** Most neighbourhoods a finding names. */
export const maxNeighbourhoods = 10;

export enum SuggestionDecision {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
}

registerEnumType(SuggestionDecision, {
  name: 'SuggestionDecision',
  description: 'What a coordinator makes of a suggested edit.',
  valuesConfig: {
    ACCEPT: { description: 'Apply the suggested title and statement (a new revision).' },
    DECLINE: { description: 'Keep the finding as it is; the note says why.' },
  },
});

// Hard caps here keep absurd payloads out before any query; the services give the friendly
// message for ordinary mistakes (a two-letter title, a statement too long).
@InputType({ description: 'A finding to write (coordinators) or to propose (during the consultation).' })
export class ProposeFindingInput {
  @Field(() => ID, { description: 'The diagnosis.' })
  diagnosisId!: string;

  @Field(() => FindingKind, { description: 'Need, asset or opportunity.' })
  kind!: FindingKind;

  @Field(() => String, { description: `Short title: ${titleLimits.min} to ${titleLimits.max} characters.` })
  @MaxLength(titleLimits.max * 4)
  title!: string;

  @Field(() => String, {
    description: `The statement, in Markdown: ${statementLimits.min} to ${statementLimits.max} characters.`,
  })
  @MaxLength(statementLimits.max * 4)
  statement!: string;

  @Field(() => FindingPriority, { nullable: true, description: 'Priority; MEDIUM when not given.' })
  priority?: FindingPriority | null;

  @Field(() => [String], { nullable: true, description: 'Slugs of the themes it concerns (at most 5).' })
  @ArrayMaxSize(20)
  themeSlugs?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Slugs of the territory's neighbourhoods it concerns (at most ${maxNeighbourhoods}).`,
  })
  @ArrayMaxSize(maxNeighbourhoods)
  neighbourhoodSlugs?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Published contributions of the territory that back it (coordinators only).',
  })
  @ArrayMaxSize(100)
  contributionIds?: string[] | null;
}

@InputType({ description: 'A coordinator’s edit of a finding, naming the version it started from.' })
export class UpdateFindingInput {
  @Field(() => ID, { description: 'The finding.' })
  findingId!: string;

  @Field(() => Int, {
    description:
      'The `version` the edit started from: if the finding changed since, nothing is saved, and the user error ' +
      'FINDING_CHANGED comes with the finding as it now is (and who changed it), to merge by hand and send again.',
  })
  expectedVersion!: number;

  @Field(() => FindingKind, { nullable: true, description: 'Need, asset or opportunity; unchanged when not given.' })
  kind?: FindingKind | null;

  @Field(() => String, { nullable: true, description: 'The title; unchanged when not given.' })
  @MaxLength(titleLimits.max * 4)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The statement, in Markdown; unchanged when not given.' })
  @MaxLength(statementLimits.max * 4)
  statement?: string | null;

  @Field(() => FindingPriority, { nullable: true, description: 'Priority; unchanged when not given.' })
  priority?: FindingPriority | null;

  @Field(() => [String], { nullable: true, description: 'Slugs of the themes; unchanged when not given.' })
  @ArrayMaxSize(20)
  themeSlugs?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Slugs of the neighbourhoods; unchanged when not given.' })
  @ArrayMaxSize(maxNeighbourhoods)
  neighbourhoodSlugs?: string[] | null;
}

@InputType({ description: 'An edit suggested to the coordinators, written from a version of the finding.' })
export class SuggestFindingEditInput {
  @Field(() => ID, { description: 'The finding.' })
  findingId!: string;

  @Field(() => Int, { description: 'The finding’s `version` the suggestion was written from.' })
  baseVersion!: number;

  @Field(() => String, { description: `The title suggested: ${titleLimits.min} to ${titleLimits.max} characters.` })
  @MaxLength(titleLimits.max * 4)
  title!: string;

  @Field(() => String, {
    description: `The statement suggested, in Markdown: ${statementLimits.min} to ${statementLimits.max} characters.`,
  })
  @MaxLength(statementLimits.max * 4)
  statement!: string;

  @Field(() => String, { nullable: true, description: `Why (at most ${noteLimits.max} characters).` })
  @MaxLength(noteLimits.max * 4)
  note?: string | null;
}
