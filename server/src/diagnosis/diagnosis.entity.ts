import { Collection, Entity, Enum, ManyToMany, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { Person } from '../people/person.entity.js';
import { Workshop } from '../workshops/workshop.entity.js';
import { Finding } from '../findings/finding.entity.js';

export enum DiagnosisStatus {
  DRAFT = 'DRAFT',
  CONSULTATION = 'CONSULTATION',
  VALIDATED = 'VALIDATED',
  ARCHIVED = 'ARCHIVED',
}

/** The shared diagnosis of a territory's unmet needs and assets over a period. */
@Entity({ tableName: 'diagnosis' })
@Unique({ properties: ['territory', 'period'] })
export class Diagnosis extends BaseEntity<'summary' | 'status' | 'isDemo'> {
  @Property({ type: 'text', unique: true })
  slug!: string;

  @ManyToOne({ entity: () => Territory, index: true })
  territory!: Territory;

  /** The period as the site's address names it: "2026-2027", or "2015" for a single year. */
  @Property({ type: 'text' })
  period!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', default: '' })
  summary: string = '';

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Enum({ items: () => DiagnosisStatus, type: 'text', default: DiagnosisStatus.DRAFT })
  status: DiagnosisStatus = DiagnosisStatus.DRAFT;

  @Property({ type: 'timestamptz', nullable: true })
  validatedAt?: Date;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  validatedBy?: Person;

  @Property({ type: 'boolean', default: false })
  isDemo: boolean = false;

  /**
   * Where people post outside live workshops while it is in consultation: a workshop of kind
   * CONSULTATION, so that its contributions have the same moderation modes, queue and log.
   */
  @ManyToOne({ entity: () => Workshop, nullable: true, deleteRule: 'set null', unique: true })
  consultation?: Workshop;

  /** Territory coordinators: they build, moderate and validate it (assigned by admins). */
  @ManyToMany({
    entity: () => Person,
    pivotTable: 'diagnosis_coordinator',
    joinColumn: 'diagnosis_id',
    inverseJoinColumn: 'person_id',
  })
  coordinators = new Collection<Person>(this);

  @OneToMany({ entity: () => Finding, mappedBy: 'diagnosis' })
  findings = new Collection<Finding>(this);
}

/** A move of a diagnosis from one state to another: who, when, and why (required to reopen). */
@Entity({ tableName: 'diagnosis_transition' })
export class DiagnosisTransition extends BaseEntity<'reason'> {
  @ManyToOne({ entity: () => Diagnosis, deleteRule: 'cascade', index: true })
  diagnosis!: Diagnosis;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  actor?: Person;

  @Enum({ items: () => DiagnosisStatus, type: 'text' })
  fromStatus!: DiagnosisStatus;

  @Enum({ items: () => DiagnosisStatus, type: 'text' })
  toStatus!: DiagnosisStatus;

  @Property({ type: 'text', default: '' })
  reason: string = '';
}
