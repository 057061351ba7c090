import { Collection, Entity, Enum, ManyToMany, ManyToOne, PrimaryKeyProp, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Neighbourhood, Theme } from '../territories/territory.entity.js';
import { Person } from '../people/person.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Contribution } from '../contributions/contribution.entity.js';
import { Diagnosis } from '../diagnosis/diagnosis.entity.js';

export enum FindingKind {
  UNMET_NEED = 'UNMET_NEED',
  ASSET = 'ASSET',
  OPPORTUNITY = 'OPPORTUNITY',
}

export enum FindingPriority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

export enum FindingStatus {
  PROPOSED = 'PROPOSED',
  RETAINED = 'RETAINED',
  SET_ASIDE = 'SET_ASIDE',
  MERGED = 'MERGED',
}

/** One statement of the diagnosis, backed by the contributions that support it. */
@Entity({ tableName: 'finding' })
export class Finding extends BaseEntity<'position' | 'kind' | 'priority' | 'status' | 'awaitingReview' | 'version'> {
  @ManyToOne({ entity: () => Diagnosis, deleteRule: 'cascade', index: true })
  diagnosis!: Diagnosis;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Enum({ items: () => FindingKind, type: 'text', default: FindingKind.UNMET_NEED })
  kind: FindingKind = FindingKind.UNMET_NEED;

  @Property({ type: 'text' })
  title!: string;

  /** Markdown, rendered through the site's sanitizer. */
  @Property({ type: 'text' })
  statement!: string;

  @Enum({ items: () => FindingPriority, type: 'text', default: FindingPriority.MEDIUM })
  priority: FindingPriority = FindingPriority.MEDIUM;

  @Enum({ items: () => FindingStatus, type: 'text', default: FindingStatus.PROPOSED })
  status: FindingStatus = FindingStatus.PROPOSED;

  /** Set with status MERGED: the finding that carries on what this one said. */
  @ManyToOne({ entity: () => Finding, nullable: true, deleteRule: 'set null' })
  mergedInto?: Finding;

  /** Who put it forward (a participant's proposal; null for what coordinators wrote). */
  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null', index: true })
  proposedBy?: Person;

  /** A participant's proposal no coordinator has looked at yet: seen by them and its author only. */
  @Property({ type: 'boolean', default: false })
  awaitingReview: boolean = false;

  /** Optimistic concurrency: an edit names the version it started from (MikroORM's version check). */
  @Property({ type: 'integer', version: true })
  version!: number;

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

/** What a revision records of a finding, before and after. */
export interface FindingText {
  kind: FindingKind;
  title: string;
  statement: string;
  priority: FindingPriority;
  status: FindingStatus;
  themeIds: string[];
  neighbourhoodIds: string[];
  mergedIntoId: string | null;
}

export enum RevisionChange {
  CREATED = 'CREATED',
  EDITED = 'EDITED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  MERGED = 'MERGED',
  RESTORED = 'RESTORED',
  SUGGESTION_ACCEPTED = 'SUGGESTION_ACCEPTED',
}

/** Every change to a finding: who, when, what, and its text before and after. */
@Entity({ tableName: 'finding_revision' })
@Unique({ properties: ['finding', 'number'] })
export class FindingRevision extends BaseEntity<'note'> {
  @ManyToOne({ entity: () => Finding, deleteRule: 'cascade' })
  finding!: Finding;

  /** 1 for the finding's creation, then one more for each change. */
  @Property({ type: 'integer' })
  number!: number;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  author?: Person;

  @Enum({ items: () => RevisionChange, type: 'text' })
  change!: RevisionChange;

  @Property({ type: 'jsonb', nullable: true })
  before?: FindingText;

  @Property({ type: 'jsonb' })
  after!: FindingText;

  @Property({ type: 'text', default: '' })
  note: string = '';
}

export enum SuggestionState {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

/** An edit a participant suggests; a coordinator accepts it (a revision) or declines it, with a note. */
@Entity({ tableName: 'finding_suggestion' })
export class FindingSuggestion extends BaseEntity<'note' | 'state' | 'reviewNote'> {
  @ManyToOne({ entity: () => Finding, deleteRule: 'cascade', index: true })
  finding!: Finding;

  @ManyToOne({ entity: () => Person, deleteRule: 'cascade', index: true })
  author!: Person;

  /** The finding's version the suggestion was written from. */
  @Property({ type: 'integer' })
  baseVersion!: number;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  statement!: string;

  /** Why the author suggests it. */
  @Property({ type: 'text', default: '' })
  note: string = '';

  @Enum({ items: () => SuggestionState, type: 'text', default: SuggestionState.PENDING })
  state: SuggestionState = SuggestionState.PENDING;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  reviewedBy?: Person;

  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt?: Date;

  @Property({ type: 'text', default: '' })
  reviewNote: string = '';
}

/** Links a finding to a contribution that supports it. */
@Entity({ tableName: 'finding_evidence' })
export class FindingEvidence {
  [PrimaryKeyProp]?: ['finding', 'contribution'];

  @ManyToOne({ entity: () => Finding, primary: true, deleteRule: 'cascade' })
  finding!: Finding;

  @ManyToOne({ entity: () => Contribution, primary: true, deleteRule: 'cascade', index: true })
  contribution!: Contribution;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  attachedBy?: Person;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  linkedAt: Date = new Date();
}

/**
 * "Je partage ce constat": one per person and finding (the key decides races). With an
 * organization, the person co-signs on its behalf.
 */
@Entity({ tableName: 'finding_support' })
export class FindingSupport {
  [PrimaryKeyProp]?: ['finding', 'person'];

  @ManyToOne({ entity: () => Finding, primary: true, deleteRule: 'cascade' })
  finding!: Finding;

  @ManyToOne({ entity: () => Person, primary: true, deleteRule: 'cascade', index: true })
  person!: Person;

  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: 'set null', index: true })
  organization?: Organization;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** A comment on a finding during the consultation; coordinators may hide it. */
@Entity({ tableName: 'finding_comment' })
export class FindingComment extends BaseEntity<'hidden'> {
  @ManyToOne({ entity: () => Finding, deleteRule: 'cascade', index: true })
  finding!: Finding;

  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  author!: Person;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'boolean', default: false })
  hidden: boolean = false;
}
