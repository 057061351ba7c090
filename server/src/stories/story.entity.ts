import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { PublicationState } from '../shared/publication.js';
import { Territory } from '../territories/territory.entity.js';
import { Portrait } from '../portraits/portrait.entity.js';
import { Finding } from '../findings/finding.entity.js';

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

  @ManyToOne({ entity: () => Portrait, nullable: true, deleteRule: 'set null', index: true })
  portrait?: Portrait;

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
}
