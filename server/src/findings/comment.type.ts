import { Field, ObjectType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { UserError } from '../shared/payload.js';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import { FindingComment } from './finding.entity.js';
import { FindingType } from './finding.type.js';

export const commentColumns = columnsFor(FindingComment, { omit: ['updatedAt'] });

export interface FindingCommentType extends RowFrom<typeof commentColumns> {}
@ObjectType('FindingComment', { implements: Node, description: 'A comment on a finding, during the consultation.' })
export class FindingCommentType extends Node {
  @Field(() => String, { description: 'The text, as written (plain text).' })
  body!: string;

  @Field(() => Date, { description: 'When it was written.' })
  createdAt!: Date;

  @Field(() => Boolean, { description: 'Hidden by a coordinator: then listed to the diagnosis’s coordinators only.' })
  hidden!: boolean;
}

@ObjectType('FindingCommentPayload', { description: 'Result of an action on a finding’s comment.' })
export class FindingCommentPayload {
  @Field(() => FindingCommentType, {
    nullable: true,
    description: 'The comment after the action; null with user errors.',
  })
  comment?: FindingCommentType | null;

  @Field(() => FindingType, {
    nullable: true,
    description: 'The finding commented on (its comments listed anew); null with user errors.',
  })
  finding?: FindingType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}
