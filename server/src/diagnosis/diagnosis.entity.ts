import { Collection, Entity, Enum, ManyToMany, ManyToOne, OneToMany, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Neighbourhood, Territory, Theme } from '../territories/territory.entity.js';
import { Person } from '../people/person.entity.js';
import { Contribution } from '../contributions/contribution.entity.js';

export enum DiagnosisStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  VALIDATED = 'VALIDATED',
}

export enum FindingPriority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

export enum FindingStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  IN_PROGRESS = 'IN_PROGRESS',
  ADDRESSED = 'ADDRESSED',
}

/** The shared diagnosis of a territory's unmet needs over a period. */
@Entity({ tableName: 'diagnosis' })
export class Diagnosis extends BaseEntity {
  @Property({ type: 'text', unique: true })
  slug!: string;

  @ManyToOne({ entity: () => Territory, index: true })
  territory!: Territory;

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

  @OneToMany({ entity: () => Finding, mappedBy: 'diagnosis' })
  findings = new Collection<Finding>(this);
}

/** One statement of the diagnosis, backed by the contributions that support it. */
@Entity({ tableName: 'finding' })
export class Finding extends BaseEntity {
  @ManyToOne({ entity: () => Diagnosis, deleteRule: 'cascade', index: true })
  diagnosis!: Diagnosis;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  statement!: string;

  @Enum({ items: () => FindingPriority, type: 'text', default: FindingPriority.MEDIUM })
  priority: FindingPriority = FindingPriority.MEDIUM;

  @Enum({ items: () => FindingStatus, type: 'text', default: FindingStatus.PROPOSED })
  status: FindingStatus = FindingStatus.PROPOSED;

  @ManyToMany({
    entity: () => Theme,
    pivotTable: 'finding_theme',
    joinColumn: 'finding_id',
    inverseJoinColumn: 'theme_id',
  })
  themes = new Collection<Theme>(this);

  @ManyToMany({
    entity: () => Neighbourhood,
    pivotTable: 'finding_neighbourhood',
    joinColumn: 'finding_id',
    inverseJoinColumn: 'neighbourhood_id',
  })
  neighbourhoods = new Collection<Neighbourhood>(this);
}

/** Links a finding to a contribution that supports it. */
@Entity({ tableName: 'finding_evidence' })
export class FindingEvidence {
  [PrimaryKeyProp]?: ['finding', 'contribution'];

  @ManyToOne({ entity: () => Finding, primary: true, deleteRule: 'cascade' })
  finding!: Finding;

  @ManyToOne({ entity: () => Contribution, primary: true, deleteRule: 'cascade', index: true })
  contribution!: Contribution;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  linkedAt: Date = new Date();
}
