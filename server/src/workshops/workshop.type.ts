import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { ConnectionType } from '../shared/pagination.js';
import { UserError } from '../shared/payload.js';
import { ThemeType } from '../territories/territory.type.js';
import { ContributionKind } from '../contributions/contribution.entity.js';
import { columnsFor, timestamps, type RowFrom } from '../shared/rows.js';
import { ModerationMode, Prompt, Workshop, WorkshopKind, WorkshopStatus } from './workshop.entity.js';
import { WorkshopMove } from './workshop.policy.js';

registerEnumType(WorkshopKind, {
  name: 'WorkshopKind',
  description: 'Format of the gathering.',
  valuesConfig: {
    WORKSHOP: { description: 'Working session of a social lab.' },
    MEETING: { description: 'Public meeting around projects.' },
    FORUM: { description: 'Forum (e.g. of the social and solidarity economy).' },
    BREAKFAST_TALK: { description: 'Breakfast talk.' },
    SITE_VISIT: { description: 'Visit of a project on site.' },
    CONSULTATION: { description: 'A diagnosis’s consultation: contributions posted outside live workshops.' },
  },
});
registerEnumType(WorkshopStatus, {
  name: 'WorkshopStatus',
  description: 'Lifecycle of a workshop.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; visible to coordinators only.' },
    SCHEDULED: { description: 'Announced, not started.' },
    LIVE: { description: 'Taking contributions now.' },
    PAUSED: { description: 'Live session paused; contributions are refused.' },
    CLOSED: { description: 'Over; what was said stays on record.' },
  },
});

registerEnumType(WorkshopMove, {
  name: 'WorkshopMove',
  description: 'A change a coordinator makes to the session, each by its own mutation.',
  valuesConfig: {
    SCHEDULE: { description: 'Announce the draft (`scheduleWorkshop`).' },
    OPEN: { description: 'Start, or resume after a pause (`openWorkshop`).' },
    PAUSE: { description: 'Pause the live session (`pauseWorkshop`).' },
    CLOSE: { description: 'End it (`closeWorkshop`).' },
    REOPEN: { description: 'Reopen it, soon after it closed (`reopenWorkshop`).' },
  },
});

/**
 * The join code is read under another key: only the `joinCode` field resolver, which checks who
 * asks, hands it out.
 */
export const workshopColumns = columnsFor(Workshop, { omit: timestamps, rename: { joinCode: 'joinCodeValue' } });
export const promptColumns = columnsFor(Prompt, { omit: timestamps });

// The GraphQL classes declare their fields; the interfaces of the same name add the rest of their
// rows (the ids their field resolvers follow), typed from the entities.
export interface WorkshopType extends RowFrom<typeof workshopColumns> {}
@ObjectType('Workshop', {
  implements: Node,
  description: 'A workshop, meeting, forum or breakfast talk of a social lab.',
})
export class WorkshopType extends Node {
  @Field(() => String, { description: 'Stable, URL-safe identifier.' })
  slug!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => WorkshopKind, { description: 'Format.' })
  kind!: WorkshopKind;

  @Field(() => Date, { description: 'Start.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'End.' })
  endsAt!: Date;

  @Field(() => String, { description: 'Where it takes place.' })
  place!: string;

  @Field(() => WorkshopStatus, { description: 'Lifecycle status.' })
  status!: WorkshopStatus;

  @Field(() => String, { description: 'Presentation.' })
  description!: string;

  @Field(() => Int, { nullable: true, description: 'Number of participants reported.' })
  participantCount!: number | null;

  @Field(() => Boolean, { description: 'True for invented demo content.' })
  isDemo!: boolean;

  @Field(() => ModerationMode, { description: 'Strict (approve first) or open (publish at once) moderation.' })
  moderationMode!: ModerationMode;
}

registerEnumType(ModerationMode, {
  name: 'ModerationMode',
  description: 'How contributions of a live session are moderated.',
  valuesConfig: {
    STRICT: { description: 'Every contribution waits in a queue for a coordinator’s approval.' },
    OPEN: { description: 'Contributions are published at once and hidden afterwards if needed.' },
  },
});

@ObjectType('KindCount', { description: 'Published contributions of one kind.' })
export class KindCount {
  @Field(() => ContributionKind, { description: 'The kind.' })
  kind!: ContributionKind;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType('ThemeCount', { description: 'Published contributions touching one theme.' })
export class ThemeCount {
  @Field(() => ThemeType)
  theme!: ThemeType;

  @Field(() => Int)
  count!: number;
}

@ObjectType('WorkshopPayload', { description: 'Result of an action on a workshop.' })
export class WorkshopPayload {
  @Field(() => WorkshopType, { nullable: true, description: 'The workshop after the action.' })
  workshop?: WorkshopType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}

export interface PromptType extends RowFrom<typeof promptColumns> {}
@ObjectType('Prompt', { implements: Node, description: 'A question put to the room.' })
export class PromptType extends Node {
  @Field(() => Int, { description: 'Order in the workshop, from 1.' })
  position!: number;

  @Field(() => String, { description: 'The question.' })
  question!: string;
}

@ObjectType('WorkshopConnection', { description: 'A page of workshops.' })
export class WorkshopConnection extends ConnectionType(WorkshopType, 'Workshop') {}
