import type { PortraitStage } from './portrait.entity.js';
import type { DatePrecision, FundingSourceKind, PartnerRole } from './portrait-parts.entity.js';

/**
 * The whole editable content of a portrait, as its draft stores it (jsonb). The portrait's tables
 * hold the published edition; editing only ever changes this document, and publication writes it
 * into the tables (`applyDocument`). Amounts and values are decimal strings, as the database gives
 * them, so that a round trip never rounds a figure.
 */
export interface PortraitDocument {
  name: string;
  summary: string;
  territoryId: string;
  commune: string;
  themeIds: string[];
  need: string;
  project: string;
  results: string;
  startYear: number | null;
  durationMonths: number | null;
  /** Total budget in euros when the sources give one (it may exceed the itemised lines). */
  budgetTotal: string | null;
  website: string | null;
  /** The current stage: the latest stage event's, or the portrait's own when it has no history. */
  stage: PortraitStage;
  indicators: IndicatorEntry[];
  fundingLines: FundingEntry[];
  partners: PartnerEntry[];
  /** Oldest first; a change of stage appends one, never rewrites one. */
  stageEvents: StageEntry[];
  replicatedFromId: string | null;
  answersFindingIds: string[];
  images: ImageEntry[];
}

/** A figure: `asOf` is "YYYY", "YYYY-MM" or "YYYY-MM-DD", its precision is its shape. */
export interface IndicatorEntry {
  key: string;
  label: string;
  value: string;
  unit: string;
  asOf: string | null;
  period: string | null;
  note: string | null;
}

/** One source of the funding mix: a known organization (`funderId`) or a funder named in `label`. */
export interface FundingEntry {
  key: string;
  sourceKind: FundingSourceKind;
  label: string;
  funderId: string | null;
  amount: string | null;
  euPriorityAxis: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  note: string | null;
}

export interface PartnerEntry {
  organizationId: string;
  role: PartnerRole;
  note: string | null;
}

/** `date` is the first day of the period it stands for, read with `precision`. */
export interface StageEntry {
  key: string;
  stage: PortraitStage;
  date: string;
  precision: DatePrecision;
  note: string;
}

/** An uploaded image (owned by the media feature) and its alternative text; position is the order. */
export interface ImageEntry {
  imageId: string;
  alt: string;
}

/** The current stage is the latest event's: a change of stage is appended, never overwritten. */
export function currentStage(doc: Pick<PortraitDocument, 'stage' | 'stageEvents'>): PortraitStage {
  return doc.stageEvents.at(-1)?.stage ?? doc.stage;
}

/** The document's Markdown and short texts, for the revision history's word diffs. */
export function portraitTexts(doc: PortraitDocument): Record<string, string> {
  return {
    name: doc.name,
    summary: doc.summary,
    commune: doc.commune,
    need: doc.need,
    project: doc.project,
    results: doc.results,
    indicators: doc.indicators.map((i) => `${i.label}: ${i.value} ${i.unit}`).join('\n'),
    fundingLines: doc.fundingLines.map((f) => `${f.label}: ${f.amount ?? '?'} € (${f.sourceKind})`).join('\n'),
    stageEvents: doc.stageEvents.map((s) => `${s.date} ${s.stage} ${s.note}`.trim()).join('\n'),
  };
}
