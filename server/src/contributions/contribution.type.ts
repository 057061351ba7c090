import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { UserError } from '../shared/payload.js';
import type { ThemeType } from '../territories/territory.type.js';
import { ConnectionType } from '../shared/pagination.js';
import { ContributionKind, ModerationState } from './contribution.entity.js';

registerEnumType(ContributionKind, {
  name: 'ContributionKind',
  description: 'What a contribution brings to the table.',
  valuesConfig: {
    NEED: { description: 'A need or a finding from the field.' },
    IDEA: { description: 'An idea of a project or a solution.' },
    RESOURCE: { description: 'A resource on offer: a room, skills, time, equipment, funding…' },
    QUESTION: { description: 'A question to the room or the organisers.' },
  },
});
registerEnumType(ModerationState, {
  name: 'ModerationState',
  description: 'Moderation state; the public only ever sees PUBLISHED.',
  valuesConfig: {
    PENDING: { description: 'Waiting for a coordinator.' },
    PUBLISHED: { description: 'Visible to everyone.' },
    HIDDEN: { description: 'Hidden by a coordinator.' },
    WITHDRAWN: { description: 'Taken back by its author.' },
    MERGED: { description: 'Merged into another contribution as a duplicate.' },
  },
});

@ObjectType('Contribution', { implements: Node, description: 'What someone said in a workshop.' })
export class ContributionType extends Node {
  @Field(() => ContributionKind, { description: 'Need, idea, resource on offer or question.' })
  kind!: ContributionKind;

  @Field(() => String, { description: 'The text, as posted (plain text).' })
  body!: string;

  @Field(() => ModerationState, { description: 'Moderation state.' })
  moderationState!: ModerationState;

  @Field(() => Int, { description: '"Me too" votes.' })
  voteCount!: number;

  @Field(() => Date, { description: 'When it was posted.' })
  createdAt!: Date;

  @Field(() => Boolean, { description: 'Pinned by a coordinator: shown first, and on top of the wall.' })
  pinned!: boolean;

  @Field(() => Date, { nullable: true, description: 'When its author last changed the text.' })
  editedAt!: Date | null;

  addressedAt!: Date | string | null;
  guestId!: string | null;
  mergedIntoId!: string | null;
  hiddenReason!: string | null;
  /** Set on live event snapshots, which carry what subscribers display without more queries. */
  authorNameSnapshot?: string;
  themesSnapshot?: ThemeType[];

  workshopId!: string;
  promptId!: string | null;
  parentId!: string | null;
  authorId!: string | null;
  organizationId!: string | null;
  guestName!: string | null;
  neighbourhoodId!: string | null;
}

@ObjectType('ContributionConnection', { description: 'A page of contributions.' })
export class ContributionConnection extends ConnectionType(ContributionType, 'Contribution') {}

export const contributionColumns = (a: string) => [
  `${a}.id`,
  `${a}.kind`,
  `${a}.body`,
  `${a}.moderation_state as moderationState`,
  `${a}.vote_count as voteCount`,
  `${a}.created_at as createdAt`,
  `${a}.workshop_id as workshopId`,
  `${a}.prompt_id as promptId`,
  `${a}.parent_id as parentId`,
  `${a}.author_id as authorId`,
  `${a}.organization_id as organizationId`,
  `${a}.guest_name as guestName`,
  `${a}.neighbourhood_id as neighbourhoodId`,
  `${a}.pinned`,
  `${a}.edited_at as editedAt`,
  `${a}.addressed_at as addressedAt`,
  `${a}.guest_id as guestId`,
  `${a}.merged_into_id as mergedIntoId`,
  `${a}.hidden_reason as hiddenReason`,
];

@ObjectType('ContributionPayload', { description: 'Result of an action on a contribution.' })
export class ContributionPayload {
  @Field(() => ContributionType, {
    nullable: true,
    description: 'The contribution after the action (null once withdrawn, or when you may no longer see it).',
  })
  contribution?: ContributionType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}
