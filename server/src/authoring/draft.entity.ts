import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Person } from '../people/person.entity.js';

/** The kinds of content written by the people they belong to, each with an adapter (`authored.ts`). */
export enum AuthoredKind {
  STORY = 'STORY',
  PORTRAIT = 'PORTRAIT',
}

/** Where a draft stands in its review. */
export enum ReviewState {
  /** Being written: never submitted, or changed since its publication. */
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  /** The draft equals the published edition. */
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * The working copy of one subject (a story, a portrait), kept forever: editing writes here, and
 * only a publication copies it into the subject's own tables, which public pages read.
 */
@Entity({ tableName: 'draft' })
@Unique({ properties: ['subjectKind', 'subjectId'] })
export class Draft extends BaseEntity<'version' | 'state'> {
  @Enum({ items: () => AuthoredKind, type: 'text' })
  subjectKind!: AuthoredKind;

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** The whole editable content, as the subject's adapter shapes it. */
  @Property({ type: 'jsonb' })
  document!: Record<string, unknown>;

  /** Optimistic concurrency: every move names the version it acts on; it only grows. */
  @Property({ type: 'integer', version: true })
  version!: number;

  @Enum({ items: () => ReviewState, type: 'text', default: ReviewState.DRAFT, index: true })
  state: ReviewState = ReviewState.DRAFT;

  /** The title and site path at the last write, so that lists of drafts read one table. */
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  path!: string;

  /** What the reviewer asked to change (kept until the next review). */
  @Property({ type: 'text', nullable: true })
  reviewerNote?: string;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  reviewedBy?: Person;

  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true, index: true })
  submittedAt?: Date;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  updatedBy?: Person;

  /** The author: who started it. */
  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null', index: true })
  createdBy?: Person;
}
