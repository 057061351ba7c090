import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Person } from '../people/person.entity.js';
import { AuthoredKind } from './draft.entity.js';

/** What a revision of a draft recorded. */
export enum RevisionAction {
  CREATED = 'CREATED',
  SAVED = 'SAVED',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
  RESTORED = 'RESTORED',
}

/** One move of a draft: who, when, what, and the whole document after it (the one before is the previous revision's). */
@Entity({ tableName: 'content_revision' })
@Unique({ properties: ['subjectKind', 'subjectId', 'number'] })
@Index({ properties: ['author'] })
export class ContentRevision extends BaseEntity {
  @Enum({ items: () => AuthoredKind, type: 'text' })
  subjectKind!: AuthoredKind;

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** 1 for the creation, then one more for each move, without gaps. */
  @Property({ type: 'integer' })
  number!: number;

  @Enum({ items: () => RevisionAction, type: 'text' })
  action!: RevisionAction;

  @Property({ type: 'jsonb' })
  document!: Record<string, unknown>;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  author?: Person;

  @Property({ type: 'text', nullable: true })
  note?: string;
}
