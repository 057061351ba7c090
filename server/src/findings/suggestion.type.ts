import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import { UserError } from '../shared/payload.js';
import { FindingSuggestion, SuggestionState } from './finding.entity.js';
import { FindingType } from './finding.type.js';

registerEnumType(SuggestionState, {
  name: 'SuggestionState',
  description: 'Where a suggested edit stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for a coordinator.' },
    ACCEPTED: { description: 'Applied to the finding (a revision).' },
    DECLINED: { description: 'Declined, with a note.' },
  },
});

export const suggestionColumns = columnsFor(FindingSuggestion, { omit: ['updatedAt'] });

export interface FindingSuggestionType extends RowFrom<typeof suggestionColumns> {}
@ObjectType('FindingSuggestion', {
  implements: Node,
  description: 'An edit of a finding suggested to its coordinators, who accept or decline it.',
})
export class FindingSuggestionType extends Node {
  @Field(() => String, { description: 'The title suggested.' })
  title!: string;

  @Field(() => String, { description: 'The statement suggested, in Markdown.' })
  statement!: string;

  @Field(() => String, { description: 'Why its author suggests it, or empty.' })
  note!: string;

  @Field(() => SuggestionState, { description: 'Waiting, accepted or declined.' })
  state!: SuggestionState;

  @Field(() => Int, { description: 'The finding’s version it was written from.' })
  baseVersion!: number;

  @Field(() => String, { description: 'The coordinator’s note on accepting or declining it, or empty.' })
  reviewNote!: string;

  @Field(() => Date, { description: 'When it was suggested.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was reviewed.' })
  reviewedAt!: Date | null;
}

@ObjectType('FindingSuggestionPayload', { description: 'Result of suggesting an edit.' })
export class FindingSuggestionPayload {
  @Field(() => FindingSuggestionType, { nullable: true, description: 'The suggestion; null with user errors.' })
  suggestion?: FindingSuggestionType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('ReviewFindingSuggestionPayload', { description: 'Result of accepting or declining a suggestion.' })
export class ReviewFindingSuggestionPayload {
  @Field(() => FindingSuggestionType, {
    nullable: true,
    description: 'The suggestion, reviewed; null with user errors.',
  })
  suggestion?: FindingSuggestionType | null;

  @Field(() => FindingType, { nullable: true, description: 'Its finding, as it now is; null with user errors.' })
  finding?: FindingType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}
