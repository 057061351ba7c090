import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Workshop } from '../workshops/workshop.entity.js';

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
  WORKSHOP_STATUS_CHANGED = 'WORKSHOP_STATUS_CHANGED',
  WORKSHOP_PROMPT_CHANGED = 'WORKSHOP_PROMPT_CHANGED',
  WORKSHOP_MODE_CHANGED = 'WORKSHOP_MODE_CHANGED',
  PRESENCE = 'PRESENCE',
}

/**
 * Everything that happened in a workshop, numbered. Subscribers that missed some replay them
 * from here; the pub/sub only wakes them up. `data` is the snapshot sent to subscribers.
 */
@Entity({ tableName: 'workshop_event' })
export class WorkshopEvent {
  [PrimaryKeyProp]?: ['workshop', 'seq'];

  @ManyToOne({ entity: () => Workshop, primary: true, deleteRule: 'cascade' })
  workshop!: Workshop;

  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Enum({ items: () => WorkshopEventType, type: 'text' })
  type!: WorkshopEventType;

  @Property({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
