import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import { Finding, FindingKind, FindingPriority, FindingStatus } from './finding.entity.js';

registerEnumType(FindingKind, {
  name: 'FindingKind',
  description: 'What a finding says of the territory.',
  valuesConfig: {
    UNMET_NEED: { description: 'A need nobody answers yet.' },
    ASSET: { description: 'An asset or resource of the territory.' },
    OPPORTUNITY: { description: 'An opportunity to seize.' },
  },
});
registerEnumType(FindingPriority, { name: 'FindingPriority', description: 'How urgent it is, as agreed.' });
registerEnumType(FindingStatus, {
  name: 'FindingStatus',
  description: 'What the diagnosis makes of a finding.',
  valuesConfig: {
    PROPOSED: { description: 'Put forward, under discussion.' },
    RETAINED: { description: 'Retained in the diagnosis.' },
    SET_ASIDE: { description: 'Set aside.' },
    MERGED: { description: 'Merged into another finding (`mergedInto`).' },
  },
});

export const findingColumns = columnsFor(Finding, { omit: ['updatedAt'] });

export interface FindingType extends RowFrom<typeof findingColumns> {}
@ObjectType('Finding', {
  implements: Node,
  description: 'A statement of the diagnosis, with the contributions behind it.',
})
export class FindingType extends Node {
  @Field(() => FindingKind, { description: 'Need, asset or opportunity.' })
  kind!: FindingKind;

  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => String, { description: 'The statement, in Markdown (render it through a sanitizer).' })
  statement!: string;

  @Field(() => FindingPriority, { description: 'Priority.' })
  priority!: FindingPriority;

  @Field(() => FindingStatus, { description: 'What the diagnosis makes of it.' })
  status!: FindingStatus;

  @Field(() => Int, { description: 'Order within the diagnosis.' })
  position!: number;

  @Field(() => Int, {
    description: 'Its version: an edit names the one it started from, and is refused when the finding changed since.',
  })
  version!: number;

  @Field(() => Boolean, { description: 'A participant’s proposal no coordinator has reviewed yet.' })
  awaitingReview!: boolean;

  @Field(() => Date, { description: 'When it was put forward.' })
  createdAt!: Date;
}
