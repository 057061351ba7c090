import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { ConnectionType } from '../shared/pagination.js';
import { PublicationState } from '../shared/publication.js';
import '../shared/publication.type.js';
import { columnsFor, timestamps, type RowFrom } from '../shared/rows.js';
import { Portrait, PortraitStage } from './portrait.entity.js';
import {
  DatePrecision,
  FundingLine,
  FundingSourceKind,
  Indicator,
  PartnerRole,
  PortraitPartner,
  StageEvent,
} from './portrait-parts.entity.js';
import type { TerritoryType, ThemeType } from '../territories/territory.type.js';
import type { OrganizationType } from '../organizations/organization.type.js';

registerEnumType(PortraitStage, {
  name: 'PortraitStage',
  description: 'How far a project has come, from an idea nobody carries to a model spreading elsewhere.',
  valuesConfig: {
    UNCLAIMED_IDEA: { description: 'An idea or need without a carrier yet.' },
    OPPORTUNITY_STUDY: { description: 'Need and economic potential being studied.' },
    MODELLING: { description: 'The solution and its business model being designed.' },
    CARRIER_FOUND: { description: 'A structure has agreed to carry the project.' },
    LAUNCHED: { description: 'Activity started.' },
    OPERATIONAL: { description: 'Running steadily.' },
    SPREADING: { description: 'Being replicated on other territories (essaimage).' },
  },
});
registerEnumType(FundingSourceKind, {
  name: 'FundingSourceKind',
  description: 'Where a funding line comes from.',
  valuesConfig: {
    EU_ERDF: { description: 'European Regional Development Fund (FEDER).' },
    EU_ESF: { description: 'European Social Fund (FSE).' },
    EU_OTHER: { description: 'Another European fund.' },
    STATE: { description: 'French State.' },
    REGION: { description: 'Regional council.' },
    DEPARTMENT: { description: 'Departmental council.' },
    MUNICIPALITY: { description: 'Commune or intercommunality.' },
    PUBLIC_BANK: { description: 'Public bank (Caisse des Dépôts, Bpifrance…).' },
    CORPORATE_SPONSORSHIP: { description: 'Corporate sponsorship (mécénat).' },
    CROWDFUNDING: { description: 'Crowdfunding.' },
    OWN_REVENUE: { description: 'Revenue from the project’s own sales of goods or services.' },
    OTHER: { description: 'Other or unspecified sources.' },
  },
});
registerEnumType(PartnerRole, {
  name: 'PartnerRole',
  description: 'An organization’s part in a project.',
  valuesConfig: {
    CARRIER: { description: 'Carries the project (porteur).' },
    FUNDER: { description: 'Funds it.' },
    PARTNER: { description: 'Works with it.' },
    SUPPORT: { description: 'Supports or coaches it.' },
  },
});
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precise a date is: the sources often give only a year.',
});

export const portraitColumns = columnsFor(Portrait, { omit: ['createdAt'] });
/** A portrait's parts as it lists them: without their own id, owner and order, which no field shows. */
const ofPortrait = [...timestamps, 'id', 'portraitId'] as const;
export const indicatorColumns = columnsFor(Indicator, { omit: [...ofPortrait, 'position'] });
export const fundingLineColumns = columnsFor(FundingLine, { omit: [...ofPortrait, 'position'] });
export const portraitPartnerColumns = columnsFor(PortraitPartner);
export const stageEventColumns = columnsFor(StageEvent, { omit: ofPortrait, rename: { occurredOn: 'date' } });

// The GraphQL classes declare their fields; the interfaces of the same name add the rest of their
// rows (the ids their field resolvers follow), typed from the entities.
export interface PortraitType extends RowFrom<typeof portraitColumns> {}
@ObjectType('Portrait', {
  implements: Node,
  description: 'A project portrait: the need found, the project, its results.',
})
export class PortraitType extends Node {
  @Field(() => String, { description: 'Stable, URL-safe identifier.' })
  slug!: string;

  @Field(() => String, { description: 'Name of the project or structure.' })
  name!: string;

  @Field(() => String, { description: 'One-paragraph summary.' })
  summary!: string;

  @Field(() => String, { description: 'Commune where the project takes place.' })
  commune!: string;

  @Field(() => String, { description: 'The need found (constat).' })
  need!: string;

  @Field(() => String, { description: 'The project that answers it.' })
  project!: string;

  @Field(() => String, { description: 'Its results so far.' })
  results!: string;

  @Field(() => PortraitStage, { description: 'Current stage.' })
  stage!: PortraitStage;

  @Field(() => PublicationState, { description: 'Publication state (the public only sees PUBLISHED).' })
  publicationState!: PublicationState;

  @Field(() => Date, { nullable: true, description: 'When it was published.' })
  publishedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Year the project started.' })
  startYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'Planned or funded duration, in months.' })
  durationMonths!: number | null;

  @Field(() => Float, { nullable: true, description: 'Total budget in euros, when known.' })
  budgetTotal!: string | null;

  @Field(() => String, { nullable: true, description: 'Website address.' })
  website!: string | null;

  @Field(() => Boolean, { description: 'True for invented demo content.' })
  isDemo!: boolean;

  @Field(() => Boolean, { description: 'True for a flagship project, featured on the home page.' })
  isFeatured!: boolean;

  @Field(() => Date, { description: 'Last change.' })
  updatedAt!: Date;

  /** Relations carried by a list query (see portrait.preload.ts). */
  preloaded?: PortraitPreload;
}

export interface IndicatorType extends RowFrom<typeof indicatorColumns> {}
@ObjectType('Indicator', { description: 'A figure the project reports.' })
export class IndicatorType {
  @Field(() => String, { description: 'What is counted.' })
  label!: string;

  @Field(() => Float, { description: 'The figure.' })
  value!: string;

  @Field(() => String, { description: 'Unit: personnes, €, m², contrats…' })
  unit!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When the figure was measured: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source.',
  })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: 'Period the figure covers, e.g. "2010–2014".' })
  period!: string | null;

  @Field(() => String, { nullable: true, description: 'Context needed to read the figure.' })
  note!: string | null;
}

export interface FundingLineType extends RowFrom<typeof fundingLineColumns> {}
@ObjectType('FundingLine', { description: 'One source in the funding mix.' })
export class FundingLineType {
  @Field(() => FundingSourceKind, { description: 'Kind of source.' })
  sourceKind!: FundingSourceKind;

  @Field(() => String, { description: 'Label of the line.' })
  label!: string;

  @Field(() => Float, { nullable: true, description: 'Amount in euros; null when the sources do not give it.' })
  amount!: string | null;

  @Field(() => String, { nullable: true, description: 'EU investment priority, e.g. "8a".' })
  euPriorityAxis!: string | null;

  @Field(() => String, { nullable: true, description: 'Start of the funded period (YYYY, YYYY-MM or YYYY-MM-DD).' })
  periodStart!: string | null;

  @Field(() => String, { nullable: true, description: 'End of the funded period.' })
  periodEnd!: string | null;

  @Field(() => String, { nullable: true, description: 'Remarks.' })
  note!: string | null;

  /** The funder, when preloaded with the line. */
  funder?: OrganizationType | null;
}

@ObjectType('FundingSummary', { description: 'Totals of the funding mix.' })
export class FundingSummaryType {
  @Field(() => Float, { description: 'Sum of the itemised lines with an amount, in euros.' })
  itemisedTotal!: number;

  @Field(() => Float, { nullable: true, description: 'Total budget when known, else the itemised total (or null).' })
  total!: number | null;

  @Field(() => Float, { description: 'Sum of the European lines, in euros.' })
  euAmount!: number;

  @Field(() => Float, { nullable: true, description: 'EU share of the total (0–1); null when the total is unknown.' })
  euShare!: number | null;

  @Field(() => Float, { description: 'Part of the total not itemised by source, in euros.' })
  unitemised!: number;

  @Field(() => Int, {
    description: 'Lines whose amount the sources do not give: left out of the sums, counted apart.',
  })
  unknownAmountLines!: number;
}

export interface PortraitPartnerType extends RowFrom<typeof portraitPartnerColumns> {}
@ObjectType('PortraitPartner', { description: 'An organization’s part in a project.' })
export class PortraitPartnerType {
  @Field(() => PartnerRole, { description: 'Its part.' })
  role!: PartnerRole;

  @Field(() => String, { nullable: true, description: 'Details of the role.' })
  note!: string | null;

  /** The organization, when preloaded with the partnership. */
  organization?: OrganizationType;
}

export interface StageEventType extends RowFrom<typeof stageEventColumns> {}
@ObjectType('StageEvent', { description: 'A dated step of the stage history.' })
export class StageEventType {
  @Field(() => PortraitStage, { description: 'Stage reached.' })
  stage!: PortraitStage;

  @Field(() => String, { description: 'Date (first day of the period, read with `precision`).' })
  date!: string;

  @Field(() => DatePrecision, { description: 'Whether the date means a year, a month or a day.' })
  precision!: DatePrecision;

  @Field(() => String, { description: 'What happened.' })
  note!: string;
}

@ObjectType('PortraitConnection', { description: 'A page of portraits.' })
export class PortraitConnection extends ConnectionType(PortraitType, 'Portrait') {}

export interface PortraitPreload {
  territory?: TerritoryType | null;
  themes?: ThemeType[];
  indicators?: IndicatorType[];
  fundingLines?: FundingLineType[];
  partners?: PortraitPartnerType[];
  stageHistory?: StageEventType[];
  replicatedFrom?: PortraitType | null;
  replications?: PortraitType[];
}
