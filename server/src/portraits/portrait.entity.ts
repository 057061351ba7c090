import { Collection, Entity, Enum, ManyToMany, ManyToOne, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { PublicationState } from '../shared/publication.js';
import { Territory, Theme } from '../territories/territory.entity.js';
import { FundingLine, Indicator, PortraitPartner, StageEvent } from './portrait-parts.entity.js';
import { Finding } from '../findings/finding.entity.js';

export enum PortraitStage {
  UNCLAIMED_IDEA = 'UNCLAIMED_IDEA',
  OPPORTUNITY_STUDY = 'OPPORTUNITY_STUDY',
  MODELLING = 'MODELLING',
  CARRIER_FOUND = 'CARRIER_FOUND',
  LAUNCHED = 'LAUNCHED',
  OPERATIONAL = 'OPERATIONAL',
  SPREADING = 'SPREADING',
}

/** A project portrait: the need found, the project, its results, figures and funding. */
@Entity({ tableName: 'portrait' })
export class Portrait extends BaseEntity {
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', default: '' })
  summary: string = '';

  @ManyToOne({ entity: () => Territory, index: true })
  territory!: Territory;

  @Property({ type: 'text', default: '' })
  commune: string = '';

  @Property({ type: 'text', default: '' })
  need: string = '';

  @Property({ type: 'text', default: '' })
  project: string = '';

  @Property({ type: 'text', default: '' })
  results: string = '';

  @Enum({ items: () => PortraitStage, type: 'text', index: true })
  stage!: PortraitStage;

  @Enum({ items: () => PublicationState, type: 'text', default: PublicationState.DRAFT })
  publicationState: PublicationState = PublicationState.DRAFT;

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date;

  @Property({ type: 'integer', nullable: true })
  startYear?: number;

  @Property({ type: 'integer', nullable: true })
  durationMonths?: number;

  /** Total budget in euros, when the sources give it (it may exceed the itemised lines). */
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  budgetTotal?: string;

  @Property({ type: 'text', nullable: true })
  website?: string;

  /** The portrait this project was spread from ("essaimage"). */
  @ManyToOne({ entity: () => Portrait, nullable: true, deleteRule: 'set null', index: true })
  replicatedFrom?: Portrait;

  @Property({ type: 'boolean', default: false })
  isDemo: boolean = false;

  /** A flagship project the home page features (the editors' choice, set in the seeds or by staff). */
  @Property({ type: 'boolean', default: false })
  isFeatured: Opt<boolean> = false;

  @ManyToMany({
    entity: () => Theme,
    pivotTable: 'portrait_theme',
    joinColumn: 'portrait_id',
    inverseJoinColumn: 'theme_id',
  })
  themes = new Collection<Theme>(this);

  /** The findings of a diagnosis this project answers. */
  @ManyToMany({
    entity: () => Finding,
    pivotTable: 'portrait_finding',
    joinColumn: 'portrait_id',
    inverseJoinColumn: 'finding_id',
  })
  answers = new Collection<Finding>(this);

  @OneToMany({ entity: () => Indicator, mappedBy: 'portrait' })
  indicators = new Collection<Indicator>(this);

  @OneToMany({ entity: () => FundingLine, mappedBy: 'portrait' })
  fundingLines = new Collection<FundingLine>(this);

  @OneToMany({ entity: () => PortraitPartner, mappedBy: 'portrait' })
  partners = new Collection<PortraitPartner>(this);

  @OneToMany({ entity: () => StageEvent, mappedBy: 'portrait' })
  stageHistory = new Collection<StageEvent>(this);
}
