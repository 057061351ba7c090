import { msg, type Problem } from '../shared/payload.js';
import { EU_SOURCES } from './portrait-parts.entity.js';
import {
  currentStage,
  type FundingEntry,
  type ImageEntry,
  type IndicatorEntry,
  type PartnerEntry,
  type PortraitDocument,
  type StageEntry,
} from './portrait.document.js';
import { PartnerRole } from './portrait-parts.entity.js';
import { PortraitStage } from './portrait.entity.js';

import { portraitLimits as L } from './portrait.limits.js';

/**
 * The checks of a portrait's document that need no database, each naming its field. An entry's
 * checks name fields as its own form does (`label`, `amount`); checked within the document they
 * are prefixed with the part and the entry's key (`indicators.<key>.label`).
 */

type Range = { min: number; max: number };

const lengthOf = (text: string) => [...text].length;
const amountShape = /^\d{1,12}(\.\d{1,2})?$/;
const valueShape = /^-?\d{1,14}(\.\d{1,2})?$/;
const dateShape = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A year ("2021"), a month ("2021-03") or a day ("2021-03-15") that exists on the calendar. */
export function isPartialDate(text: string): boolean {
  const match = dateShape.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < L.year.min || year > L.year.max) return false;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

class Checks {
  readonly list: Problem[] = [];
  constructor(private readonly prefix = '') {}

  private add(field: string, message: Problem['message']) {
    this.list.push({ field: `${this.prefix}${field}`, message });
  }

  nameLength(field: string, text: string, range: Range) {
    const length = lengthOf(text.trim());
    if (length < range.min || length > range.max) this.add(field, msg('PORTRAIT_NAME_LENGTH', range));
  }

  labelLength(field: string, text: string, range: Range) {
    const length = lengthOf(text.trim());
    if (length < range.min || length > range.max) this.add(field, msg('PORTRAIT_LABEL_LENGTH', range));
  }

  max(field: string, text: string | null, max: number) {
    if (text === null) return;
    const length = lengthOf(text);
    if (length > max) this.add(field, msg('PORTRAIT_TEXT_TOO_LONG', { length, max }));
  }

  date(field: string, text: string | null) {
    if (text !== null && !isPartialDate(text)) this.add(field, msg('PORTRAIT_DATE_INVALID'));
  }

  shape(field: string, text: string | null, shape: RegExp, message: Problem['message']) {
    if (text !== null && !shape.test(text)) this.add(field, message);
  }

  when(condition: boolean, field: string, message: Problem['message']) {
    if (condition) this.add(field, message);
  }
}

export function indicatorProblems(entry: Omit<IndicatorEntry, 'key'>, prefix = ''): Problem[] {
  const c = new Checks(prefix);
  c.labelLength('label', entry.label, L.label);
  c.shape('value', entry.value, valueShape, msg('PORTRAIT_VALUE_INVALID'));
  c.labelLength('unit', entry.unit, L.unit);
  c.date('asOf', entry.asOf);
  c.max('period', entry.period, L.periodMax);
  c.max('note', entry.note, L.noteMax);
  return c.list;
}

export function fundingProblems(entry: Omit<FundingEntry, 'key'>, prefix = ''): Problem[] {
  const c = new Checks(prefix);
  c.labelLength('label', entry.label, L.label);
  c.shape('amount', entry.amount, amountShape, msg('PORTRAIT_AMOUNT_INVALID'));
  c.max('euPriorityAxis', entry.euPriorityAxis, L.euAxisMax);
  c.when(
    entry.euPriorityAxis !== null && !EU_SOURCES.includes(entry.sourceKind),
    'euPriorityAxis',
    msg('PORTRAIT_EU_AXIS_NOT_EU'),
  );
  c.date('periodStart', entry.periodStart);
  c.date('periodEnd', entry.periodEnd);
  if (entry.periodStart && entry.periodEnd && isPartialDate(entry.periodStart) && isPartialDate(entry.periodEnd)) {
    // Compared on their common precision: "2021" and "2021-06" are not out of order.
    const common = Math.min(entry.periodStart.length, entry.periodEnd.length);
    c.when(
      entry.periodEnd.slice(0, common) < entry.periodStart.slice(0, common),
      'periodEnd',
      msg('PORTRAIT_PERIOD_ORDER'),
    );
  }
  c.max('note', entry.note, L.noteMax);
  return c.list;
}

export function stageProblems(entry: Omit<StageEntry, 'key'>, prefix = ''): Problem[] {
  const c = new Checks(prefix);
  c.shape('date', entry.date, /^\d{4}-\d{2}-\d{2}$/, msg('PORTRAIT_DATE_INVALID'));
  c.date('date', /^\d{4}-\d{2}-\d{2}$/.test(entry.date) ? entry.date : null);
  c.max('note', entry.note, L.noteMax);
  return c.list;
}

export function imageProblems(entry: Omit<ImageEntry, 'imageId'>, prefix = ''): Problem[] {
  const c = new Checks(prefix);
  const length = lengthOf(entry.alt.trim());
  c.when(length < L.alt.min || length > L.alt.max, 'alt', msg('PORTRAIT_IMAGE_ALT_LENGTH', L.alt));
  return c.list;
}

/** An unclaimed idea has no carrier yet: every other stage needs one. */
export function partnerProblems(partners: readonly PartnerEntry[], stage: PortraitStage): Problem[] {
  const c = new Checks();
  const seen = new Set<string>();
  for (const p of partners) {
    const key = `${p.organizationId}:${p.role}`;
    c.when(seen.has(key), 'partners', msg('PORTRAIT_PARTNER_DUPLICATE'));
    seen.add(key);
    c.max('partners', p.note, L.noteMax);
  }
  c.when(
    stage !== PortraitStage.UNCLAIMED_IDEA && !partners.some((p) => p.role === PartnerRole.CARRIER),
    'partners',
    msg('PORTRAIT_CARRIER_REQUIRED'),
  );
  return c.list;
}

/** The texts and figures of the portrait itself (the `updatePortrait` form's fields). */
export function mainProblems(
  doc: Pick<
    PortraitDocument,
    | 'name'
    | 'summary'
    | 'commune'
    | 'need'
    | 'project'
    | 'results'
    | 'startYear'
    | 'durationMonths'
    | 'website'
    | 'budgetTotal'
    | 'themeIds'
  >,
): Problem[] {
  const c = new Checks();
  c.nameLength('name', doc.name, L.name);
  c.max('summary', doc.summary, L.summaryMax);
  c.max('commune', doc.commune, L.communeMax);
  for (const field of ['need', 'project', 'results'] as const) c.max(field, doc[field], L.textMax);
  c.when(
    doc.startYear !== null &&
      (!Number.isInteger(doc.startYear) || doc.startYear < L.year.min || doc.startYear > L.year.max),
    'startYear',
    msg('PORTRAIT_YEAR_RANGE', L.year),
  );
  c.when(
    doc.durationMonths !== null &&
      (!Number.isInteger(doc.durationMonths) ||
        doc.durationMonths < L.durationMonths.min ||
        doc.durationMonths > L.durationMonths.max),
    'durationMonths',
    msg('PORTRAIT_DURATION_RANGE', L.durationMonths),
  );
  c.max('website', doc.website, L.websiteMax);
  c.shape('website', doc.website, /^https?:\/\/[^\s/$.?#][^\s]*$/i, msg('PORTRAIT_WEBSITE_INVALID'));
  c.shape('budgetTotal', doc.budgetTotal, amountShape, msg('PORTRAIT_AMOUNT_INVALID'));
  c.when(doc.themeIds.length > L.themesMax, 'themeIds', msg('PORTRAIT_TOO_MANY', { max: L.themesMax }));
  return c.list;
}

const tooMany = (field: string, count: number, max: number): Problem[] =>
  count > max ? [{ field, message: msg('PORTRAIT_TOO_MANY', { max }) }] : [];

/** Every check of a document that needs no database, for a save or a publication. */
export function documentProblems(doc: PortraitDocument): Problem[] {
  const problems = [
    ...mainProblems(doc),
    ...tooMany('indicators', doc.indicators.length, L.indicatorsMax),
    ...tooMany('fundingLines', doc.fundingLines.length, L.fundingLinesMax),
    ...tooMany('partners', doc.partners.length, L.partnersMax),
    ...tooMany('stageEvents', doc.stageEvents.length, L.stageEventsMax),
    ...tooMany('answersFindingIds', doc.answersFindingIds.length, L.findingsMax),
    ...tooMany('images', doc.images.length, L.imagesMax),
    ...doc.indicators.flatMap((i) => indicatorProblems(i, `indicators.${i.key}.`)),
    ...doc.fundingLines.flatMap((f) => fundingProblems(f, `fundingLines.${f.key}.`)),
    ...doc.stageEvents.flatMap((s) => stageProblems(s, `stageEvents.${s.key}.`)),
    ...doc.images.flatMap((image) => imageProblems(image, `images.${image.imageId}.`)),
    ...partnerProblems(doc.partners, currentStage(doc)),
  ];
  const events = doc.stageEvents;
  events.forEach((event, index) => {
    const previous = events[index - 1];
    if (previous && event.date < previous.date) {
      problems.push({
        field: `stageEvents.${event.key}.date`,
        message: msg('PORTRAIT_STAGE_BEFORE_PREVIOUS', { date: previous.date }),
      });
    }
  });
  const images = new Set<string>();
  for (const image of doc.images) {
    if (images.has(image.imageId)) problems.push({ field: 'images', message: msg('PORTRAIT_IMAGE_DUPLICATE') });
    images.add(image.imageId);
  }
  return problems;
}
