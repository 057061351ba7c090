import {
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  Unique,
} from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Neighbourhood, Theme } from '../territories/territory.entity.js';
import { Person } from '../people/person.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Prompt, Workshop } from '../workshops/workshop.entity.js';
import { Guest } from '../accounts/session.entity.js';

export enum ContributionKind {
  NEED = 'NEED',
  IDEA = 'IDEA',
  RESOURCE = 'RESOURCE',
  QUESTION = 'QUESTION',
}

export enum ModerationState {
  PENDING = 'PENDING',
  PUBLISHED = 'PUBLISHED',
  HIDDEN = 'HIDDEN',
  WITHDRAWN = 'WITHDRAWN',
  MERGED = 'MERGED',
}

/** What someone said in a workshop: a need, an idea, a resource on offer, or a question. */
@Entity({ tableName: 'contribution' })
@Index({ properties: ['workshop', 'moderationState', 'createdAt'] })
@Check({
  name: 'contribution_has_author',
  expression: 'author_id is not null or organization_id is not null or guest_name is not null',
})
export class Contribution extends BaseEntity<'moderationState' | 'voteCount' | 'pinned' | 'version'> {
  @ManyToOne({ entity: () => Workshop, deleteRule: 'cascade' })
  workshop!: Workshop;

  @ManyToOne({ entity: () => Prompt, nullable: true, deleteRule: 'set null', index: true })
  prompt?: Prompt;

  /** Set on replies: the contribution answered. */
  @ManyToOne({ entity: () => Contribution, nullable: true, deleteRule: 'cascade', index: true })
  parent?: Contribution;

  @Enum({ items: () => ContributionKind, type: 'text' })
  kind!: ContributionKind;

  @Property({ type: 'text' })
  body!: string;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null', index: true })
  author?: Person;

  /** The organization the author speaks for, or that posted on its own. */
  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: 'set null', index: true })
  organization?: Organization;

  /** Display name of a guest who joined with a code, without an account. */
  @Property({ type: 'text', nullable: true })
  guestName?: string;

  /** The guest session that posted it, so the guest can edit or withdraw it. */
  @ManyToOne({ entity: () => Guest, nullable: true, deleteRule: 'set null', index: true })
  guest?: Guest;

  @ManyToOne({ entity: () => Neighbourhood, nullable: true, deleteRule: 'set null' })
  neighbourhood?: Neighbourhood;

  @Enum({ items: () => ModerationState, type: 'text', default: ModerationState.PENDING })
  moderationState: ModerationState = ModerationState.PENDING;

  @Property({ type: 'integer', default: 0 })
  voteCount: number = 0;

  @Property({ type: 'boolean', default: false })
  pinned: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  addressedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  editedAt?: Date;

  /** Why a coordinator hid it; shown to coordinators only. */
  @Property({ type: 'text', nullable: true })
  hiddenReason?: string;

  /** Set when merged as a duplicate: the contribution kept. */
  @ManyToOne({ entity: () => Contribution, nullable: true, deleteRule: 'set null' })
  mergedInto?: Contribution;

  /**
   * Moved on by every change the unit of work makes to the row (text, state, pin…), not by votes,
   * which are counted in SQL: an edit names the version it started from, and a stale one is refused.
   */
  @Property({ type: 'integer', version: true })
  version!: number;

  @ManyToMany({
    entity: () => Theme,
    pivotTable: 'contribution_theme',
    joinColumn: 'contribution_id',
    inverseJoinColumn: 'theme_id',
  })
  themes = new Collection<Theme>(this);
}

/** One "me too" per voter: a person (`p:<id>`) or a guest (`g:<id>`). The key makes races harmless. */
@Entity({ tableName: 'contribution_vote' })
export class ContributionVote {
  [PrimaryKeyProp]?: ['contribution', 'voterKey'];
  [OptionalProps]?: 'createdAt';

  @ManyToOne({ entity: () => Contribution, primary: true, deleteRule: 'cascade' })
  contribution!: Contribution;

  @PrimaryKey({ type: 'text' })
  voterKey!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** A participant's report of a contribution, once per reporter. */
@Entity({ tableName: 'contribution_report' })
@Unique({ properties: ['contribution', 'reporterKey'] })
export class ContributionReport extends BaseEntity {
  @ManyToOne({ entity: () => Contribution, deleteRule: 'cascade', index: true })
  contribution!: Contribution;

  @Property({ type: 'text' })
  reporterKey!: string;

  @Property({ type: 'text' })
  reason!: string;

  /** When a coordinator read it and kept the contribution: it no longer waits for review. */
  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt?: Date;
}
