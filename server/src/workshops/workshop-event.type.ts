import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ContributionType } from '../contributions/contribution.type.js';
import { ModerationMode, WorkshopStatus } from './workshop.entity.js';
import { PromptType } from './workshop.type.js';

/** What happens on a workshop's stream: its contributions' events and its own. */
export enum WorkshopEventType {
  CONTRIBUTION_POSTED = 'CONTRIBUTION_POSTED',
  CONTRIBUTION_APPROVED = 'CONTRIBUTION_APPROVED',
  CONTRIBUTION_EDITED = 'CONTRIBUTION_EDITED',
  CONTRIBUTION_REMOVED = 'CONTRIBUTION_REMOVED',
  CONTRIBUTION_RESTORED = 'CONTRIBUTION_RESTORED',
  CONTRIBUTION_MERGED = 'CONTRIBUTION_MERGED',
  CONTRIBUTION_PINNED = 'CONTRIBUTION_PINNED',
  CONTRIBUTION_ADDRESSED = 'CONTRIBUTION_ADDRESSED',
  CONTRIBUTION_TAGGED = 'CONTRIBUTION_TAGGED',
  CONTRIBUTION_REPORTED = 'CONTRIBUTION_REPORTED',
  CONTRIBUTION_VOTED = 'CONTRIBUTION_VOTED',
  CONTRIBUTION_RETAINED = 'CONTRIBUTION_RETAINED',
  WORKSHOP_STATUS_CHANGED = 'WORKSHOP_STATUS_CHANGED',
  WORKSHOP_PROMPT_CHANGED = 'WORKSHOP_PROMPT_CHANGED',
  WORKSHOP_MODE_CHANGED = 'WORKSHOP_MODE_CHANGED',
  PRESENCE = 'PRESENCE',
}

registerEnumType(WorkshopEventType, {
  name: 'WorkshopEventType',
  description: 'What happened in a live workshop.',
  valuesConfig: {
    CONTRIBUTION_POSTED: { description: 'Posted (published in open mode; waiting in strict mode).' },
    CONTRIBUTION_APPROVED: { description: 'Approved by a coordinator: now public.' },
    CONTRIBUTION_EDITED: { description: 'Text changed by its author.' },
    CONTRIBUTION_REMOVED: { description: 'Hidden by a coordinator or withdrawn by its author.' },
    CONTRIBUTION_RESTORED: { description: 'Published again after being hidden.' },
    CONTRIBUTION_MERGED: { description: 'Merged into another one as a duplicate.' },
    CONTRIBUTION_PINNED: { description: 'Pinned or unpinned (see `contribution.pinned`).' },
    CONTRIBUTION_ADDRESSED: { description: 'Marked as addressed.' },
    CONTRIBUTION_TAGGED: { description: 'Themes changed.' },
    CONTRIBUTION_REPORTED: { description: 'Reported by a participant (coordinators only).' },
    CONTRIBUTION_VOTED: { description: '"Me too" count changed.' },
    CONTRIBUTION_RETAINED: {
      description: 'A shared diagnosis’s finding started or stopped citing it (see `contribution.retainedIn`).',
    },
    WORKSHOP_STATUS_CHANGED: { description: 'Opened, paused, closed…' },
    WORKSHOP_PROMPT_CHANGED: { description: 'Another question is put to the room.' },
    WORKSHOP_MODE_CHANGED: { description: 'Moderation mode changed.' },
    PRESENCE: { description: 'Number of people connected changed (not stored, not replayed).' },
  },
});

@ObjectType('WorkshopState', { description: 'The session’s state after a workshop event.' })
export class WorkshopStateType {
  @Field(() => WorkshopStatus)
  status!: WorkshopStatus;

  @Field(() => ModerationMode)
  moderationMode!: ModerationMode;

  @Field(() => PromptType, { nullable: true, description: 'The question put to the room.' })
  activePrompt!: PromptType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Join code while live or paused, for the workshop’s coordinators; null for everyone else.',
  })
  joinCode!: string | null;
}

@ObjectType('WorkshopEvent', {
  description:
    'One event of a workshop’s live stream, as this viewer may see it. Stored events are numbered by `seq`; ' +
    'subscribe again with the last `seq` seen to receive what was missed.',
})
export class WorkshopEventObject {
  @Field(() => Int, {
    description: 'Number of the event in its workshop. PRESENCE events repeat the last number and are not stored.',
  })
  seq!: number;

  @Field(() => WorkshopEventType)
  type!: WorkshopEventType;

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date | string;

  @Field(() => ID, { nullable: true, description: 'The contribution concerned.' })
  contributionId!: string | null;

  @Field(() => ContributionType, {
    nullable: true,
    description: 'The contribution after the change, when you may see it; null when it left your view.',
  })
  contribution!: ContributionType | null;

  @Field(() => ID, { nullable: true, description: 'For CONTRIBUTION_MERGED: the contribution kept.' })
  mergedIntoId!: string | null;

  @Field(() => Int, { nullable: true, description: 'For contribution events: its "me too" count.' })
  voteCount!: number | null;

  @Field(() => WorkshopStateType, { nullable: true, description: 'For WORKSHOP_* events: the new state.' })
  workshop!: WorkshopStateType | null;

  @Field(() => Int, { nullable: true, description: 'For PRESENCE: people connected now.' })
  connectedCount!: number | null;

  @Field(() => String, { nullable: true, description: 'For CONTRIBUTION_REPORTED: the reason given (coordinators).' })
  reason!: string | null;

  /** Same key, same payload for whoever receives it: executed once for all (see live/shared-execution.ts). */
  shareKey!: string | null;
}
