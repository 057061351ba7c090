import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../shared/payload.js';
import { PortraitStage } from './portrait.entity.js';
import { DatePrecision, FundingSourceKind, PartnerRole } from './portrait-parts.entity.js';
import type {
  FundingEntry,
  ImageEntry,
  IndicatorEntry,
  PartnerEntry,
  PortraitDocument,
  StageEntry,
} from './portrait.document.js';
import { PortraitType } from './portrait.type.js';

/** The draft's document as GraphQL reads it: the document itself, with the portrait's id for keys. */
export interface PortraitDraftSource extends PortraitDocument {
  portraitId: string;
}

@ObjectType('PortraitDraftIndicator', { description: 'A figure of the draft.' })
export class PortraitDraftIndicatorType implements IndicatorEntry {
  @Field(() => String, { description: 'Stable key of the indicator within the portrait (for edit, move, remove).' })
  key!: string;

  @Field(() => String, { description: 'What is counted.' })
  label!: string;

  @Field(() => String, { description: 'The figure, as a decimal string.' })
  value!: string;

  @Field(() => String, { description: 'Unit.' })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'When it was measured: YYYY, YYYY-MM or YYYY-MM-DD.' })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: 'Or the period it covers.' })
  period!: string | null;

  @Field(() => String, { nullable: true, description: 'Context needed to read it.' })
  note!: string | null;
}

@ObjectType('PortraitDraftFundingLine', { description: 'A line of the draft’s funding mix.' })
export class PortraitDraftFundingLineType implements FundingEntry {
  @Field(() => String, { description: 'Stable key of the line within the portrait.' })
  key!: string;

  @Field(() => FundingSourceKind, { description: 'Kind of source.' })
  sourceKind!: FundingSourceKind;

  @Field(() => String, { description: 'Label, or the funder’s name when it is no known organization.' })
  label!: string;

  funderId!: string | null;

  @Field(() => String, { nullable: true, description: 'Amount in euros (decimal string); null when unknown.' })
  amount!: string | null;

  @Field(() => String, { nullable: true, description: 'EU investment priority.' })
  euPriorityAxis!: string | null;

  @Field(() => String, { nullable: true, description: 'Start of the funded period.' })
  periodStart!: string | null;

  @Field(() => String, { nullable: true, description: 'End of the funded period.' })
  periodEnd!: string | null;

  @Field(() => String, { nullable: true, description: 'Remarks.' })
  note!: string | null;
}

@ObjectType('PortraitDraftPartner', { description: 'An organization’s part in the draft.' })
export class PortraitDraftPartnerType implements PartnerEntry {
  organizationId!: string;

  @Field(() => PartnerRole, { description: 'Its part.' })
  role!: PartnerRole;

  @Field(() => String, { nullable: true, description: 'Details of the role.' })
  note!: string | null;
}

@ObjectType('PortraitDraftStageEvent', { description: 'A dated step of the draft’s stage history.' })
export class PortraitDraftStageEventType implements StageEntry {
  @Field(() => String, { description: 'Stable key of the step.' })
  key!: string;

  @Field(() => PortraitStage, { description: 'Stage reached.' })
  stage!: PortraitStage;

  @Field(() => String, { description: 'First day of the period the date stands for (read with `precision`).' })
  date!: string;

  @Field(() => DatePrecision, { description: 'Whether the date means a year, a month or a day.' })
  precision!: DatePrecision;

  @Field(() => String, { description: 'What happened.' })
  note!: string;
}

@ObjectType('PortraitDraftImage', { description: 'An image of the draft, with its alternative text, in order.' })
export class PortraitDraftImageType implements ImageEntry {
  imageId!: string;

  @Field(() => String, { description: 'What the image shows, for those who cannot see it.' })
  alt!: string;
}

@ObjectType('PortraitDraft', {
  description: 'The portrait as its draft reads (what the editor shows): seen only by its editors and coordinators.',
})
export class PortraitDraftType {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'One-paragraph summary.' })
  summary!: string;

  @Field(() => String, { description: 'Commune.' })
  commune!: string;

  @Field(() => String, { description: 'The need found (Markdown).' })
  need!: string;

  @Field(() => String, { description: 'The project (Markdown).' })
  project!: string;

  @Field(() => String, { description: 'Its results (Markdown).' })
  results!: string;

  @Field(() => Int, { nullable: true, description: 'Year it started.' })
  startYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'Duration in months.' })
  durationMonths!: number | null;

  @Field(() => String, { nullable: true, description: 'Total budget in euros (decimal string).' })
  budgetTotal!: string | null;

  @Field(() => String, { nullable: true, description: 'Website address.' })
  website!: string | null;

  @Field(() => PortraitStage, { description: 'Current stage (the latest stage event’s).' })
  stage!: PortraitStage;

  @Field(() => [PortraitDraftIndicatorType], { description: 'Figures, in order.' })
  indicators!: PortraitDraftIndicatorType[];

  @Field(() => [PortraitDraftFundingLineType], { description: 'Funding lines, in order.' })
  fundingLines!: PortraitDraftFundingLineType[];

  @Field(() => [PortraitDraftPartnerType], { description: 'Partners.' })
  partners!: PortraitDraftPartnerType[];

  @Field(() => [PortraitDraftStageEventType], { description: 'Stage history, oldest first.' })
  stageEvents!: PortraitDraftStageEventType[];

  @Field(() => [PortraitDraftImageType], { description: 'Images, in order.' })
  images!: PortraitDraftImageType[];
}

@ObjectType('PortraitEditPayload', { description: 'The portrait after a move of its editor, or what to fix.' })
export class PortraitEditPayload {
  @Field(() => PortraitType, {
    nullable: true,
    description: 'The portrait (its `draft` and `draftInfo` as they now are); with a stale version, as it now is.',
  })
  portrait?: PortraitType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}
