import { InvalidInput, invalid, msg, type Problem } from '../shared/payload.js';
import {
  currentStage,
  type FundingEntry,
  type ImageEntry,
  type IndicatorEntry,
  type PartnerEntry,
  type PortraitDocument,
  type StageEntry,
} from './portrait.document.js';
import { portraitLimits as L } from './portrait.limits.js';
import {
  fundingProblems,
  imageProblems,
  indicatorProblems,
  mainProblems,
  partnerProblems,
  stageProblems,
} from './portrait.validation.js';

/**
 * The editor's operations on a draft document: pure functions, each returning a new document or
 * throwing the user errors of its own form (fields named as the form names them). The service
 * runs one inside `saveDraft`, then checks the whole document.
 */

export type MainFields = Pick<
  PortraitDocument,
  | 'name'
  | 'summary'
  | 'territoryId'
  | 'commune'
  | 'themeIds'
  | 'need'
  | 'project'
  | 'results'
  | 'startYear'
  | 'durationMonths'
  | 'budgetTotal'
  | 'website'
>;

/** Up (-1) or down (+1) the list. */
export type Offset = -1 | 1;

function refuseIfAny(problems: Problem[]) {
  if (problems.length > 0) throw new InvalidInput(problems);
}

function indexOfKey<T>(list: readonly T[], matches: (item: T) => boolean): number {
  const index = list.findIndex(matches);
  if (index < 0) throw invalid(msg('PORTRAIT_ITEM_GONE'));
  return index;
}

function moved<T>(list: readonly T[], index: number, offset: Offset): T[] {
  const target = index + offset;
  if (target < 0 || target >= list.length) throw invalid(msg('PORTRAIT_MOVE_IMPOSSIBLE'));
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

function withRoom<T>(list: readonly T[], max: number, field: string): void {
  if (list.length >= max) throw invalid(msg('PORTRAIT_TOO_MANY', { max }), field);
}

/**
 * A valid decimal as the database gives it back ("6" → "6.00"), so that a document read after a
 * publication equals the one published. Left as it is when invalid: the checks refuse it.
 */
export function canonicalDecimal(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction = ''] = match;
  return `${sign}${whole!.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}

const trimmed = (text: string | null) => {
  const value = text?.trim() ?? '';
  return value === '' ? null : value;
};

/** A decimal typed in a form ("120 000,5"), canonical; null when left empty. */
const decimalOrNull = (text: string | null) => {
  const value = trimmed(text);
  return value === null ? null : canonicalDecimal(value.replace(',', '.').replace(/\s/g, ''));
};

export function updateMain(doc: PortraitDocument, fields: MainFields): PortraitDocument {
  const next = {
    ...doc,
    ...fields,
    name: fields.name.replace(/\s+/g, ' ').trim(),
    summary: fields.summary.trim(),
    commune: fields.commune.trim(),
    themeIds: [...new Set(fields.themeIds)].sort(),
    website: trimmed(fields.website),
    budgetTotal: decimalOrNull(fields.budgetTotal),
  };
  refuseIfAny(mainProblems(next));
  return next;
}

const cleanIndicator = (entry: IndicatorEntry): IndicatorEntry => ({
  ...entry,
  label: entry.label.trim(),
  value: decimalOrNull(entry.value) ?? '',
  unit: entry.unit.trim(),
  asOf: trimmed(entry.asOf),
  period: trimmed(entry.period),
  note: trimmed(entry.note),
});

export function addIndicator(doc: PortraitDocument, entry: IndicatorEntry): PortraitDocument {
  withRoom(doc.indicators, L.indicatorsMax, 'indicators');
  const clean = cleanIndicator(entry);
  refuseIfAny(indicatorProblems(clean));
  return { ...doc, indicators: [...doc.indicators, clean] };
}

export function updateIndicator(doc: PortraitDocument, entry: IndicatorEntry): PortraitDocument {
  const index = indexOfKey(doc.indicators, (i) => i.key === entry.key);
  const clean = cleanIndicator(entry);
  refuseIfAny(indicatorProblems(clean));
  return { ...doc, indicators: doc.indicators.map((i, at) => (at === index ? clean : i)) };
}

export function removeIndicator(doc: PortraitDocument, key: string): PortraitDocument {
  indexOfKey(doc.indicators, (i) => i.key === key);
  return { ...doc, indicators: doc.indicators.filter((i) => i.key !== key) };
}

export function moveIndicator(doc: PortraitDocument, key: string, offset: Offset): PortraitDocument {
  return {
    ...doc,
    indicators: moved(
      doc.indicators,
      indexOfKey(doc.indicators, (i) => i.key === key),
      offset,
    ),
  };
}

const cleanFunding = (entry: FundingEntry): FundingEntry => ({
  ...entry,
  label: entry.label.trim(),
  amount: decimalOrNull(entry.amount),
  euPriorityAxis: trimmed(entry.euPriorityAxis),
  periodStart: trimmed(entry.periodStart),
  periodEnd: trimmed(entry.periodEnd),
  note: trimmed(entry.note),
});

export function addFundingLine(doc: PortraitDocument, entry: FundingEntry): PortraitDocument {
  withRoom(doc.fundingLines, L.fundingLinesMax, 'fundingLines');
  const clean = cleanFunding(entry);
  refuseIfAny(fundingProblems(clean));
  return { ...doc, fundingLines: [...doc.fundingLines, clean] };
}

export function updateFundingLine(doc: PortraitDocument, entry: FundingEntry): PortraitDocument {
  const index = indexOfKey(doc.fundingLines, (f) => f.key === entry.key);
  const clean = cleanFunding(entry);
  refuseIfAny(fundingProblems(clean));
  return { ...doc, fundingLines: doc.fundingLines.map((f, at) => (at === index ? clean : f)) };
}

export function removeFundingLine(doc: PortraitDocument, key: string): PortraitDocument {
  indexOfKey(doc.fundingLines, (f) => f.key === key);
  return { ...doc, fundingLines: doc.fundingLines.filter((f) => f.key !== key) };
}

export function moveFundingLine(doc: PortraitDocument, key: string, offset: Offset): PortraitDocument {
  return {
    ...doc,
    fundingLines: moved(
      doc.fundingLines,
      indexOfKey(doc.fundingLines, (f) => f.key === key),
      offset,
    ),
  };
}

/** The partners as a whole (the form lists them all): duplicates and a missing carrier are refused. */
export function setPartners(doc: PortraitDocument, partners: PartnerEntry[]): PortraitDocument {
  const clean = partners.map((p) => ({ ...p, note: trimmed(p.note) }));
  refuseIfAny(partnerProblems(clean, currentStage(doc)));
  if (clean.length > L.partnersMax) throw invalid(msg('PORTRAIT_TOO_MANY', { max: L.partnersMax }), 'partners');
  return { ...doc, partners: clean };
}

export function addPartner(doc: PortraitDocument, partner: PartnerEntry): PortraitDocument {
  return setPartners(doc, [...doc.partners, partner]);
}

export function removePartner(
  doc: PortraitDocument,
  organizationId: string,
  role: PartnerEntry['role'],
): PortraitDocument {
  indexOfKey(doc.partners, (p) => p.organizationId === organizationId && p.role === role);
  return setPartners(
    doc,
    doc.partners.filter((p) => !(p.organizationId === organizationId && p.role === role)),
  );
}

/** A change of stage is appended, dated no earlier than the previous one; the stage becomes it. */
export function recordStageChange(doc: PortraitDocument, entry: StageEntry): PortraitDocument {
  withRoom(doc.stageEvents, L.stageEventsMax, 'stageEvents');
  const clean = { ...entry, note: entry.note.trim() };
  refuseIfAny(stageProblems(clean));
  if (currentStage(doc) === clean.stage) throw invalid(msg('PORTRAIT_STAGE_UNCHANGED'), 'stage');
  const previous = doc.stageEvents.at(-1);
  if (previous && clean.date < previous.date) {
    throw invalid(msg('PORTRAIT_STAGE_BEFORE_PREVIOUS', { date: previous.date }), 'date');
  }
  return { ...doc, stage: clean.stage, stageEvents: [...doc.stageEvents, clean] };
}

export function setReplicatedFrom(doc: PortraitDocument, portraitId: string | null): PortraitDocument {
  return { ...doc, replicatedFromId: portraitId };
}

export function setAnsweredFindings(doc: PortraitDocument, findingIds: string[]): PortraitDocument {
  // A set: kept in one order, so that two documents naming the same findings are equal.
  const unique = [...new Set(findingIds)].sort();
  if (unique.length > L.findingsMax) {
    throw invalid(msg('PORTRAIT_TOO_MANY', { max: L.findingsMax }), 'answersFindingIds');
  }
  return { ...doc, answersFindingIds: unique };
}

export function addImage(doc: PortraitDocument, image: ImageEntry): PortraitDocument {
  withRoom(doc.images, L.imagesMax, 'images');
  const clean = { ...image, alt: image.alt.replace(/\s+/g, ' ').trim() };
  refuseIfAny(imageProblems(clean));
  if (doc.images.some((i) => i.imageId === image.imageId)) throw invalid(msg('PORTRAIT_IMAGE_DUPLICATE'), 'imageId');
  return { ...doc, images: [...doc.images, clean] };
}

export function updateImageAlt(doc: PortraitDocument, imageId: string, alt: string): PortraitDocument {
  const index = indexOfKey(doc.images, (i) => i.imageId === imageId);
  const clean = { imageId, alt: alt.replace(/\s+/g, ' ').trim() };
  refuseIfAny(imageProblems(clean));
  return { ...doc, images: doc.images.map((i, at) => (at === index ? clean : i)) };
}

export function removeImage(doc: PortraitDocument, imageId: string): PortraitDocument {
  indexOfKey(doc.images, (i) => i.imageId === imageId);
  return { ...doc, images: doc.images.filter((i) => i.imageId !== imageId) };
}

export function moveImage(doc: PortraitDocument, imageId: string, offset: Offset): PortraitDocument {
  return {
    ...doc,
    images: moved(
      doc.images,
      indexOfKey(doc.images, (i) => i.imageId === imageId),
      offset,
    ),
  };
}
