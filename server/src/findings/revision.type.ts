import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import {
  FindingKind,
  FindingPriority,
  FindingRevision,
  FindingStatus,
  RevisionChange,
  type FindingText,
} from './finding.entity.js';

registerEnumType(RevisionChange, {
  name: 'RevisionChange',
  description: 'What a revision of a finding changed.',
  valuesConfig: {
    CREATED: { description: 'Written or proposed.' },
    EDITED: { description: 'Its text, kind, priority, themes or neighbourhoods changed (or a proposal was reviewed).' },
    STATUS_CHANGED: { description: 'Retained, set aside, or proposed again.' },
    MERGED: { description: 'Merged into another finding, or another merged into it.' },
    RESTORED: { description: 'An earlier revision’s text became current again (its `number` is the `note`).' },
    SUGGESTION_ACCEPTED: { description: 'A suggested edit was accepted.' },
  },
});

@ObjectType('FindingText', { description: 'What a revision records of a finding, before or after the change.' })
export class FindingTextType {
  @Field(() => FindingKind, { description: 'Need, asset or opportunity.' })
  kind!: FindingKind;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'Statement, in Markdown.' })
  statement!: string;

  @Field(() => FindingPriority, { description: 'Priority.' })
  priority!: FindingPriority;

  @Field(() => FindingStatus, { description: 'Status.' })
  status!: FindingStatus;
}

@ObjectType('DiffPart', {
  description: 'A run of words of a statement diff: unchanged, added or removed (in reading order).',
})
export class DiffPart {
  @Field(() => String, { description: 'The words, with their spacing.' })
  value!: string;

  @Field(() => Boolean, { description: 'Only in the newer text.' })
  added!: boolean;

  @Field(() => Boolean, { description: 'Only in the older text.' })
  removed!: boolean;
}

export const revisionColumns = columnsFor(FindingRevision, { omit: ['updatedAt'] });

export interface FindingRevisionType extends RowFrom<typeof revisionColumns> {}
@ObjectType('FindingRevision', {
  implements: Node,
  description: 'One change of a finding: who, when, what, before and after.',
})
export class FindingRevisionType extends Node {
  @Field(() => Int, { description: '1 for its creation, then one more for each change.' })
  number!: number;

  @Field(() => RevisionChange, { description: 'What changed.' })
  change!: RevisionChange;

  @Field(() => Date, { description: 'When.' })
  createdAt!: Date;

  @Field(() => String, {
    description:
      'What was said of the change (a review’s note), or empty. For RESTORED: the number of the revision ' +
      'restored. For SUGGESTION_ACCEPTED over changes made since the suggestion was written, it starts with ' +
      '"[vN → vM]": written from version N, applied over version M.',
  })
  note!: string;

  @Field(() => FindingTextType, {
    nullable: true,
    description: 'The finding before the change (null for its creation).',
  })
  before!: FindingText | null;

  @Field(() => FindingTextType, { description: 'The finding after the change.' })
  after!: FindingText;
}
