import { Entity, Enum, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Portrait, PortraitStage } from './portrait.entity.js';

export enum FundingSourceKind {
  EU_ERDF = 'EU_ERDF',
  EU_ESF = 'EU_ESF',
  EU_OTHER = 'EU_OTHER',
  STATE = 'STATE',
  REGION = 'REGION',
  DEPARTMENT = 'DEPARTMENT',
  MUNICIPALITY = 'MUNICIPALITY',
  PUBLIC_BANK = 'PUBLIC_BANK',
  CORPORATE_SPONSORSHIP = 'CORPORATE_SPONSORSHIP',
  CROWDFUNDING = 'CROWDFUNDING',
  OWN_REVENUE = 'OWN_REVENUE',
  OTHER = 'OTHER',
}

export const EU_SOURCES: readonly FundingSourceKind[] = [
  FundingSourceKind.EU_ERDF,
  FundingSourceKind.EU_ESF,
  FundingSourceKind.EU_OTHER,
];

export enum PartnerRole {
  CARRIER = 'CARRIER',
  FUNDER = 'FUNDER',
  PARTNER = 'PARTNER',
  SUPPORT = 'SUPPORT',
}

export enum DatePrecision {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
  DAY = 'DAY',
}

/** A figure a project reports: people trained, contracts won, square metres… */
@Entity({ tableName: 'indicator' })
export class Indicator extends BaseEntity {
  @ManyToOne({ entity: () => Portrait, deleteRule: 'cascade', index: true })
  portrait!: Portrait;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'decimal', precision: 16, scale: 2 })
  value!: string;

  @Property({ type: 'text' })
  unit!: string;

  /** When the figure was measured: "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the source. */
  @Property({ type: 'text', nullable: true })
  asOf?: string;

  /** Free-form period when the figure covers one ("2010–2014"). */
  @Property({ type: 'text', nullable: true })
  period?: string;

  @Property({ type: 'text', nullable: true })
  note?: string;
}

/** One source in a project's funding mix. */
@Entity({ tableName: 'funding_line' })
export class FundingLine extends BaseEntity {
  @ManyToOne({ entity: () => Portrait, deleteRule: 'cascade', index: true })
  portrait!: Portrait;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Enum({ items: () => FundingSourceKind, type: 'text' })
  sourceKind!: FundingSourceKind;

  @Property({ type: 'text' })
  label!: string;

  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: 'set null', index: true })
  funder?: Organization;

  /** Euros; null when the sources name the funder but not the amount. */
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  amount?: string;

  /** EU investment priority the line is programmed under, e.g. "8a". */
  @Property({ type: 'text', nullable: true })
  euPriorityAxis?: string;

  @Property({ type: 'text', nullable: true })
  periodStart?: string;

  @Property({ type: 'text', nullable: true })
  periodEnd?: string;

  @Property({ type: 'text', nullable: true })
  note?: string;
}

/** An organization's part in a project. */
@Entity({ tableName: 'portrait_partner' })
export class PortraitPartner {
  [PrimaryKeyProp]?: ['portrait', 'organization', 'role'];

  @ManyToOne({ entity: () => Portrait, primary: true, deleteRule: 'cascade' })
  portrait!: Portrait;

  @ManyToOne({ entity: () => Organization, primary: true, deleteRule: 'cascade', index: true })
  organization!: Organization;

  @Enum({ items: () => PartnerRole, type: 'text', primary: true })
  role!: PartnerRole;

  @Property({ type: 'text', nullable: true })
  note?: string;
}

/** A dated step of a project's stage history. */
@Entity({ tableName: 'stage_event' })
export class StageEvent extends BaseEntity {
  @ManyToOne({ entity: () => Portrait, deleteRule: 'cascade', index: true })
  portrait!: Portrait;

  @Enum({ items: () => PortraitStage, type: 'text' })
  stage!: PortraitStage;

  /** First day of the period the date stands for; read it with `precision`. */
  @Property({ type: 'date' })
  occurredOn!: string;

  @Enum({ items: () => DatePrecision, type: 'text', default: DatePrecision.DAY })
  precision: DatePrecision = DatePrecision.DAY;

  @Property({ type: 'text', default: '' })
  note: string = '';
}
