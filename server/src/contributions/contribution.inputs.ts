import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ContributionKind } from './contribution.entity.js';

export const bodyLimit = 2000;
/** A report's reason, and a coordinator's when hiding one. */
export const reasonLimits = { min: 3, max: 500 };

// Hard caps here keep absurd payloads out before any query; the service gives the friendly
// message for ordinary mistakes (an empty body, 2,001 characters).
@InputType({ description: 'A contribution to post in a live workshop.' })
export class PostContributionInput {
  @Field(() => ID, { description: 'The workshop, which must be live.' })
  workshopId!: string;

  @Field(() => ContributionKind, { description: 'Need or finding, idea, resource on offer, question.' })
  kind!: ContributionKind;

  @Field(() => String, { description: `The text: 1 to ${bodyLimit} characters.` })
  @MaxLength(bodyLimit * 4)
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The prompt answered; defaults to the active one.' })
  promptId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Set to reply to a contribution of the same workshop.' })
  parentId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Slugs of the themes it touches (at most 5).' })
  @ArrayMaxSize(20)
  themeSlugs?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Neighbourhood it concerns.' })
  neighbourhoodId?: string | null;
}
