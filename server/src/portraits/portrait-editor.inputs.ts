import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PortraitStage } from './portrait.entity.js';
import { DatePrecision, FundingSourceKind, PartnerRole } from './portrait-parts.entity.js';
import { portraitLimits as L } from './portrait.limits.js';

// Hard caps keep absurd payloads out before any query; the services give the friendly message
// for ordinary mistakes (a two-letter name, a negative amount).
const cap = (max: number) => MaxLength(max * 4);

export enum MoveDirection {
  UP = 'UP',
  DOWN = 'DOWN',
}
registerEnumType(MoveDirection, {
  name: 'MoveDirection',
  description: 'Where an item of a list moves: one place up (earlier) or down (later).',
});

@InputType({ description: 'A move on a portrait’s draft: which portrait, and the draft version it acts on.' })
export class PortraitDraftInput {
  @Field(() => ID, { description: 'The Portrait.' })
  @MaxLength(200)
  id!: string;

  @Field(() => Int, {
    description: 'The draft’s `editVersion` the form started from (0 when the portrait has no draft yet).',
  })
  expectedVersion!: number;
}

@InputType({ description: 'A new portrait, carried by an organization; or an unclaimed idea claimed.' })
export class CreatePortraitInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The carrier: an Organization you belong to (staff may leave it out, and add partners later).',
  })
  @MaxLength(200)
  organizationId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An unclaimed project idea (a Portrait at stage UNCLAIMED_IDEA) to claim: its draft starts from it.',
  })
  @MaxLength(200)
  fromIdea?: string;

  @Field(() => String, {
    nullable: true,
    description: `Name, ${L.name.min} to ${L.name.max} characters (not with fromIdea).`,
  })
  @cap(L.name.max)
  name?: string;

  @Field(() => ID, { nullable: true, description: 'Its Territory (not with fromIdea).' })
  @MaxLength(200)
  territoryId?: string;
}

@InputType({ description: 'The texts and figures of a portrait.' })
export class UpdatePortraitInput extends PortraitDraftInput {
  @Field(() => String, { description: `Name, ${L.name.min} to ${L.name.max} characters.` })
  @cap(L.name.max)
  name!: string;

  @Field(() => String, { description: `One-paragraph summary, at most ${L.summaryMax} characters.` })
  @cap(L.summaryMax)
  summary!: string;

  @Field(() => ID, { description: 'Its Territory.' })
  @MaxLength(200)
  territoryId!: string;

  @Field(() => String, { description: `Commune, at most ${L.communeMax} characters.` })
  @cap(L.communeMax)
  commune!: string;

  @Field(() => [ID], { description: `Its Themes, at most ${L.themesMax}.` })
  @ArrayMaxSize(L.themesMax * 4)
  themeIds!: string[];

  @Field(() => String, { description: `The need found (Markdown), at most ${L.textMax} characters.` })
  @cap(L.textMax)
  need!: string;

  @Field(() => String, { description: 'The project that answers it (Markdown).' })
  @cap(L.textMax)
  project!: string;

  @Field(() => String, { description: 'Its results so far (Markdown).' })
  @cap(L.textMax)
  results!: string;

  @Field(() => Int, { nullable: true, description: `Year it started, ${L.year.min}–${L.year.max}.` })
  startYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Planned or funded duration, in months.' })
  durationMonths?: number | null;

  @Field(() => String, { nullable: true, description: 'Total budget in euros (decimal, at most 2 decimals).' })
  @MaxLength(40)
  budgetTotal?: string | null;

  @Field(() => String, { nullable: true, description: 'Website address (http or https).' })
  @cap(L.websiteMax)
  website?: string | null;
}

@InputType({ description: 'A figure of the portrait.' })
export class IndicatorInput extends PortraitDraftInput {
  @Field(() => String, { nullable: true, description: 'The indicator’s key, to edit one (leave out to add).' })
  @MaxLength(100)
  key?: string;

  @Field(() => String, { description: 'What is counted.' })
  @cap(L.label.max)
  label!: string;

  @Field(() => String, { description: 'The figure, as a decimal number (at most 2 decimals).' })
  @MaxLength(40)
  value!: string;

  @Field(() => String, { description: 'Unit: personnes, €, m²…' })
  @cap(L.unit.max)
  unit!: string;

  @Field(() => String, { nullable: true, description: 'When it was measured: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @MaxLength(40)
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: 'Or the period it covers ("2019–2022").' })
  @cap(L.periodMax)
  period?: string | null;

  @Field(() => String, { nullable: true, description: 'Context needed to read the figure.' })
  @cap(L.noteMax)
  note?: string | null;
}

@InputType({ description: 'A line of the portrait’s funding mix.' })
export class FundingLineInput extends PortraitDraftInput {
  @Field(() => String, { nullable: true, description: 'The line’s key, to edit one (leave out to add).' })
  @MaxLength(100)
  key?: string;

  @Field(() => FundingSourceKind, { description: 'Kind of source.' })
  sourceKind!: FundingSourceKind;

  @Field(() => String, { description: 'Label of the line, or the funder’s name when it is no known organization.' })
  @cap(L.label.max)
  label!: string;

  @Field(() => ID, { nullable: true, description: 'The funder, when it is a known Organization.' })
  @MaxLength(200)
  funderId?: string | null;

  @Field(() => String, { nullable: true, description: 'Amount in euros (at most 2 decimals); leave out when unknown.' })
  @MaxLength(40)
  amount?: string | null;

  @Field(() => String, { nullable: true, description: 'EU investment priority (European funds only), e.g. "8a".' })
  @cap(L.euAxisMax)
  euPriorityAxis?: string | null;

  @Field(() => String, { nullable: true, description: 'Start of the funded period: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @MaxLength(40)
  periodStart?: string | null;

  @Field(() => String, { nullable: true, description: 'End of the funded period.' })
  @MaxLength(40)
  periodEnd?: string | null;

  @Field(() => String, { nullable: true, description: 'Remarks.' })
  @cap(L.noteMax)
  note?: string | null;
}

@InputType({ description: 'An item of a list of the draft: an indicator, a funding line or an image.' })
export class PortraitItemInput extends PortraitDraftInput {
  @Field(() => String, { description: 'The item’s key (an image’s id for images).' })
  @MaxLength(200)
  key!: string;
}

@InputType({ description: 'An item moved one place.' })
export class MovePortraitItemInput extends PortraitItemInput {
  @Field(() => MoveDirection, { description: 'Up or down.' })
  direction!: MoveDirection;
}

@InputType({ description: 'An organization’s part in the project.' })
export class PortraitPartnerInput {
  @Field(() => ID, { description: 'The Organization.' })
  @MaxLength(200)
  organizationId!: string;

  @Field(() => PartnerRole, { description: 'Its part.' })
  role!: PartnerRole;

  @Field(() => String, { nullable: true, description: 'Details of the role.' })
  @cap(L.noteMax)
  note?: string | null;
}

@InputType({ description: 'The partners of the project, all of them (at least one carrier).' })
export class SetPortraitPartnersInput extends PortraitDraftInput {
  @Field(() => [PortraitPartnerInput], { description: 'Every partner, in any order.' })
  @ArrayMaxSize(L.partnersMax * 2)
  partners!: PortraitPartnerInput[];
}

@InputType({ description: 'A change of stage, dated: appended to the history.' })
export class RecordStageChangeInput extends PortraitDraftInput {
  @Field(() => PortraitStage, { description: 'The stage reached.' })
  stage!: PortraitStage;

  @Field(() => String, { description: 'When: YYYY, YYYY-MM or YYYY-MM-DD (its precision is its shape).' })
  @MaxLength(40)
  date!: string;

  @Field(() => String, { nullable: true, description: 'What happened.' })
  @cap(L.noteMax)
  note?: string | null;
}

@InputType({ description: 'The portrait this project was spread from, or none.' })
export class SetReplicatedFromInput extends PortraitDraftInput {
  @Field(() => ID, { nullable: true, description: 'The Portrait it was replicated from; null for none.' })
  @MaxLength(200)
  replicatedFromId?: string | null;
}

@InputType({ description: 'The findings of a diagnosis the project answers.' })
export class SetAnsweredFindingsInput extends PortraitDraftInput {
  @Field(() => [ID], { description: `The Findings, at most ${L.findingsMax}.` })
  @ArrayMaxSize(L.findingsMax * 2)
  findingIds!: string[];
}

@InputType({ description: 'An uploaded image added to the portrait, or its text changed.' })
export class PortraitImageInput extends PortraitDraftInput {
  @Field(() => ID, { description: 'The Image (from uploadImage).' })
  @MaxLength(200)
  imageId!: string;

  @Field(() => String, { description: `What the image shows, ${L.alt.min} to ${L.alt.max} characters.` })
  @cap(L.alt.max)
  alt!: string;
}

/** The precision a partial date's shape says: "2021", "2021-03", "2021-03-15". */
export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? DatePrecision.YEAR : date.length === 7 ? DatePrecision.MONTH : DatePrecision.DAY;
}

@InputType({ description: 'An earlier revision of the portrait’s draft to restore.' })
export class RestorePortraitRevisionInput extends PortraitDraftInput {
  @Field(() => ID, { description: 'The ContentRevision (from `draftInfo.revisions`).' })
  @MaxLength(200)
  revisionId!: string;
}
