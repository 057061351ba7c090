import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import { Person } from '../people/person.entity.js';
import { ModerationAction, ModerationActionKind } from './moderation-action.entity.js';
import { ModerationMove } from './moderation.policy.js';

registerEnumType(ModerationMove, {
  name: 'ModerationMove',
  description: 'What a coordinator does to a contribution, each by its own mutation.',
  valuesConfig: {
    APPROVE: { description: 'Publish it from the queue (`approveContribution`).' },
    PIN: { description: 'Pin it on top (`pinContribution`).' },
    UNPIN: { description: 'Unpin it (`unpinContribution`).' },
    ADDRESS: { description: 'Mark it addressed (`markContributionAddressed`).' },
    RESTORE: { description: 'Publish it again once hidden (`restoreContribution`).' },
    HIDE: { description: 'Hide it, with a reason (`hideContribution`).' },
    TAG: { description: 'Set its themes (`tagContribution`).' },
  },
});

registerEnumType(ModerationActionKind, {
  name: 'ModerationActionKind',
  description: 'What a coordinator did.',
  valuesConfig: {
    APPROVE: { description: 'Published a contribution waiting in the queue.' },
    HIDE: { description: 'Hid a contribution, with a reason.' },
    RESTORE: { description: 'Published a hidden contribution again.' },
    PIN: { description: 'Pinned a contribution on top.' },
    UNPIN: { description: 'Unpinned a contribution.' },
    ADDRESS: { description: 'Marked a contribution as addressed.' },
    MERGE: { description: 'Merged a duplicate into another contribution.' },
    TAG: { description: 'Set the themes of a contribution.' },
    OPEN: { description: 'Opened (or resumed) the live session.' },
    PAUSE: { description: 'Paused the live session.' },
    CLOSE: { description: 'Closed the workshop.' },
    SCHEDULE: { description: 'Announced the workshop.' },
    MODE: { description: 'Changed the moderation mode.' },
    PROMPT: { description: 'Changed or added the question put to the room.' },
    KEEP: { description: 'Read the reports on a contribution and kept it published.' },
  },
});

/** A line of the log is never edited: its creation time is when the action was taken. */
export const moderationActionColumns = columnsFor(ModerationAction, {
  omit: ['updatedAt'],
  rename: { createdAt: 'at' },
});
/** Who took it, from the person joined to the line. */
export const actorColumns = columnsFor(Person, { only: ['displayName'], rename: { displayName: 'actorName' } });

// The GraphQL class declares the fields; the interface of the same name adds the rest of the row.
export interface ModerationActionType extends RowFrom<typeof moderationActionColumns>, RowFrom<typeof actorColumns> {}
@ObjectType('ModerationAction', { implements: Node, description: 'A line of the moderation log.' })
export class ModerationActionType extends Node {
  @Field(() => ModerationActionKind, { description: 'What was done.' })
  action!: ModerationActionKind;

  @Field(() => String, { description: 'Who did it.' })
  actorName!: string;

  @Field(() => String, { nullable: true, description: 'Why, or the value chosen.' })
  reason!: string | null;

  @Field(() => Date, { description: 'When.' })
  at!: Date;
}
