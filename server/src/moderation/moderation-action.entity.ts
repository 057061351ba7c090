import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Person } from '../people/person.entity.js';
import { Workshop } from '../workshops/workshop.entity.js';
import { Contribution } from '../contributions/contribution.entity.js';

export enum ModerationActionKind {
  APPROVE = 'APPROVE',
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  PIN = 'PIN',
  UNPIN = 'UNPIN',
  ADDRESS = 'ADDRESS',
  MERGE = 'MERGE',
  TAG = 'TAG',
  OPEN = 'OPEN',
  PAUSE = 'PAUSE',
  CLOSE = 'CLOSE',
  SCHEDULE = 'SCHEDULE',
  MODE = 'MODE',
  PROMPT = 'PROMPT',
  KEEP = 'KEEP',
}

/** The moderation log: who did what, when and why, in one workshop. Never edited. */
@Entity({ tableName: 'moderation_action' })
@Index({ properties: ['workshop', 'createdAt'] })
export class ModerationAction extends BaseEntity {
  @ManyToOne({ entity: () => Workshop, deleteRule: 'cascade' })
  workshop!: Workshop;

  @ManyToOne({ entity: () => Contribution, nullable: true, deleteRule: 'set null' })
  contribution?: Contribution;

  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  actor!: Person;

  @Enum({ items: () => ModerationActionKind, type: 'text' })
  action!: ModerationActionKind;

  @Property({ type: 'text', nullable: true })
  reason?: string;
}
