import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ContributionKind } from '../contributions/contribution.entity.js';
import { bodyLimit } from '../contributions/contribution.inputs.js';

export const titleLimits = { min: 3, max: 160 };
export const summaryLimit = 4000;

// Hard caps here keep absurd payloads out before any query; the service gives the friendly
// message for ordinary mistakes.
@InputType({ description: 'A new diagnosis of a territory for a period; it starts as a draft.' })
export class CreateDiagnosisInput {
  @Field(() => ID, { description: 'The territory diagnosed.' })
  territoryId!: string;

  @Field(() => String, { description: 'One year ("2026") or two ("2026-2027"), the second not before the first.' })
  @MaxLength(40)
  period!: string;

  @Field(() => String, { description: `Title: ${titleLimits.min} to ${titleLimits.max} characters.` })
  @MaxLength(titleLimits.max * 4)
  title!: string;

  @Field(() => String, { nullable: true, description: `Summary, at most ${summaryLimit} characters.` })
  @MaxLength(summaryLimit)
  summary?: string | null;
}

@InputType({ description: 'A contribution to a diagnosis in consultation, posted outside live workshops.' })
export class PostDiagnosisContributionInput {
  @Field(() => ID, { description: 'The diagnosis, which must be in consultation.' })
  diagnosisId!: string;

  @Field(() => ContributionKind, { description: 'Need or finding, idea, resource on offer, question.' })
  kind!: ContributionKind;

  @Field(() => String, { description: `The text: 1 to ${bodyLimit} characters.` })
  @MaxLength(bodyLimit * 4)
  body!: string;

  @Field(() => [String], { nullable: true, description: 'Slugs of the themes it touches (at most 5).' })
  @ArrayMaxSize(20)
  themeSlugs?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Slug of the neighbourhood it concerns.' })
  @MaxLength(200)
  neighbourhoodSlug?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization you speak for (one you belong to).' })
  organizationId?: string | null;
}
