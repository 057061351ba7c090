import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { PublicationState } from '../shared/publication.js';
import { Territory } from '../territories/territory.entity.js';
import { Portrait } from '../portraits/portrait.entity.js';
import { Finding } from '../findings/finding.entity.js';
import { Person } from '../people/person.entity.js';
import { Workshop } from '../workshops/workshop.entity.js';

export enum StoryKind {
  EXPERIENCE = 'EXPERIENCE',
  TESTIMONY = 'TESTIMONY',
}

/** An experience story or a testimony, written in Markdown. */
@Entity({ tableName: 'story' })
export class Story extends BaseEntity {
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  title!: string;

  @Enum({ items: () => StoryKind, type: 'text' })
  kind!: StoryKind;

  @Property({ type: 'text', default: '' })
  summary: string = '';

  @Property({ type: 'text' })
  bodyMarkdown!: string;

  /** Null when the teller asked to stay anonymous. */
  @Property({ type: 'text', nullable: true })
  tellerName?: string;

  @Property({ type: 'text', nullable: true })
  tellerRole?: string;

  @ManyToOne({ entity: () => Territory, index: true })
  territory!: Territory;

  /** The first of its portraits (`portraits`), for the pages that show one. */
  @ManyToOne({ entity: () => Portrait, nullable: true, deleteRule: 'set null', index: true })
  portrait?: Portrait;

  /** Who wrote it on the site, and may edit it (null for demo content). */
  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null', index: true })
  author?: Person;

  /** When the teller of a testimony consented to its publication. */
  @Property({ type: 'timestamptz', nullable: true })
  consentAt?: Date;

  @Enum({ items: () => PublicationState, type: 'text', default: PublicationState.DRAFT })
  publicationState: PublicationState = PublicationState.DRAFT;

  @Property({ type: 'timestamptz', nullable: true, index: true })
  publishedAt?: Date;

  @Property({ type: 'boolean', default: false })
  isDemo: boolean = false;

  @ManyToMany({
    entity: () => Finding,
    pivotTable: 'story_finding',
    joinColumn: 'story_id',
    inverseJoinColumn: 'finding_id',
  })
  findings = new Collection<Finding>(this);

  @ManyToMany({
    entity: () => Portrait,
    pivotTable: 'story_portrait',
    joinColumn: 'story_id',
    inverseJoinColumn: 'portrait_id',
  })
  portraits = new Collection<Portrait>(this);

  @ManyToMany({
    entity: () => Workshop,
    pivotTable: 'story_workshop',
    joinColumn: 'story_id',
    inverseJoinColumn: 'workshop_id',
  })
  workshops = new Collection<Workshop>(this);
}
