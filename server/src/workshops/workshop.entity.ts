import { Collection, Entity, Enum, ManyToMany, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Neighbourhood, Territory, Theme } from '../territories/territory.entity.js';
import { Person } from '../people/person.entity.js';
import { Diagnosis } from '../diagnosis/diagnosis.entity.js';

export enum WorkshopKind {
  WORKSHOP = 'WORKSHOP',
  MEETING = 'MEETING',
  FORUM = 'FORUM',
  BREAKFAST_TALK = 'BREAKFAST_TALK',
  SITE_VISIT = 'SITE_VISIT',
  /** A diagnosis's consultation: contributions posted outside live workshops. */
  CONSULTATION = 'CONSULTATION',
}

export enum WorkshopStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  LIVE = 'LIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}

/** How much of a workshop's dates is known: old workshops are often known by month or year only. */
export enum DatePrecision {
  DAY_TIME = 'DAY_TIME',
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

export enum ModerationMode {
  STRICT = 'STRICT',
  OPEN = 'OPEN',
}

@Entity({ tableName: 'workshop' })
export class Workshop extends BaseEntity<'datePrecision' | 'planVersion'> {
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  title!: string;

  @Enum({ items: () => WorkshopKind, type: 'text' })
  kind!: WorkshopKind;

  @ManyToOne({ entity: () => Territory, index: true })
  territory!: Territory;

  /** The diagnosis it feeds, if any. */
  @ManyToOne({ entity: () => Diagnosis, nullable: true, deleteRule: 'set null', index: true })
  diagnosis?: Diagnosis;

  @Property({ type: 'timestamptz', index: true })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  /** What `startsAt` and `endsAt` really say: a date known by month is stored as its first day. */
  @Enum({ items: () => DatePrecision, type: 'text', default: DatePrecision.DAY_TIME })
  datePrecision: DatePrecision = DatePrecision.DAY_TIME;

  /** Most people who may register; null: no limit. */
  @Property({ type: 'integer', nullable: true })
  participantCap?: number;

  /**
   * Moves with every planning edit only (not with the live session's writes, which lock the row
   * and would otherwise make every open planning form stale at each prompt change).
   */
  @Property({ type: 'integer', default: 1 })
  planVersion: number = 1;

  @Property({ type: 'text', default: '' })
  place: string = '';

  @Enum({ items: () => WorkshopStatus, type: 'text', default: WorkshopStatus.DRAFT })
  status: WorkshopStatus = WorkshopStatus.DRAFT;

  @Property({ type: 'text', default: '' })
  description: string = '';

  /** Head count reported for the event (may exceed the people who posted). */
  @Property({ type: 'integer', nullable: true })
  participantCount?: number;

  @Property({ type: 'boolean', default: false })
  isDemo: boolean = false;

  @Enum({ items: () => ModerationMode, type: 'text', default: ModerationMode.STRICT })
  moderationMode: ModerationMode = ModerationMode.STRICT;

  /** Short code people type (or scan) to join while the workshop is live. */
  @Property({ type: 'text', nullable: true, unique: true })
  joinCode?: string;

  @ManyToOne({ entity: () => Prompt, nullable: true, deleteRule: 'set null' })
  activePrompt?: Prompt;

  @ManyToMany({
    entity: () => Neighbourhood,
    pivotTable: 'workshop_neighbourhood',
    joinColumn: 'workshop_id',
    inverseJoinColumn: 'neighbourhood_id',
  })
  neighbourhoods = new Collection<Neighbourhood>(this);

  @ManyToMany({
    entity: () => Theme,
    pivotTable: 'workshop_theme',
    joinColumn: 'workshop_id',
    inverseJoinColumn: 'theme_id',
  })
  themes = new Collection<Theme>(this);

  @ManyToMany({
    entity: () => Person,
    pivotTable: 'workshop_coordinator',
    joinColumn: 'workshop_id',
    inverseJoinColumn: 'person_id',
  })
  coordinators = new Collection<Person>(this);

  @OneToMany({ entity: () => Prompt, mappedBy: 'workshop' })
  prompts = new Collection<Prompt>(this);
}

/** A question put to the room during a workshop. */
@Entity({ tableName: 'prompt' })
@Unique({ properties: ['workshop', 'position'] })
export class Prompt extends BaseEntity {
  @ManyToOne({ entity: () => Workshop, deleteRule: 'cascade' })
  workshop!: Workshop;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  question!: string;
}
