import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { UserError } from '../shared/payload.js';
import type { ThemeType } from '../territories/territory.type.js';
import { ConnectionType } from '../shared/pagination.js';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import { Contribution, ContributionKind, ModerationState } from './contribution.entity.js';

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

export const contributionColumns = columnsFor(Contribution, { omit: ['updatedAt'] });
/** A contribution's plain row, as read paths select it and live snapshots carry it. */
export type ContributionRow = RowFrom<typeof contributionColumns>;

/** What writes check of a contribution before deciding (see contribution.target.ts). */
export const contributionTargetColumns = columnsFor(Contribution, {
  only: ['id', 'workshopId', 'moderationState', 'authorId', 'guestId', 'parentId', 'pinned', 'createdAt'],
});
export type ContributionTarget = RowFrom<typeof contributionTargetColumns>;

// The GraphQL class declares the fields; the interface of the same name adds the rest of the row
// (authors, ids its field resolvers follow), typed from the entity.
export interface ContributionType extends ContributionRow {}
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

  @Field(() => Int, {
    description:
      'Moves on with every change to the contribution (text, state, pin…), not with votes: an editor sends the ' +
      'version it started from as `expectedVersion`.',
  })
  version!: number;

  /** Set on live event snapshots, which carry what subscribers display without more queries. */
  authorNameSnapshot?: string;
  themesSnapshot?: ThemeType[];
  /** The session's status when the event happened: the rights fields need it, for every subscriber. */
  workshopStatusSnapshot?: string;
}

@ObjectType('ContributionConnection', { description: 'A page of contributions.' })
export class ContributionConnection extends ConnectionType(ContributionType, 'Contribution') {}

@ObjectType('ContributionPayload', { description: 'Result of an action on a contribution.' })
export class ContributionPayload {
  @Field(() => ContributionType, {
    nullable: true,
    description:
      'The contribution after the action (null once withdrawn, or when you may no longer see it). Null with user ' +
      'errors, but with CONTRIBUTION_CHANGED: then the contribution as it now is (its text and version), nothing saved.',
  })
  contribution?: ContributionType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}
