import type { WorkshopDatePrecision, WorkshopKind, WorkshopPlanFields } from '$lib/graphql/generated/graphql';
import { TIME_ZONE } from '$lib/i18n/format';

/** The formats a planner chooses from: a consultation is opened from its diagnosis, not planned. */
export const PLAN_KINDS = [
  'WORKSHOP',
  'MEETING',
  'FORUM',
  'BREAKFAST_TALK',
  'SITE_VISIT',
] as const satisfies readonly WorkshopKind[];

export const PRECISIONS = ['DAY_TIME', 'DAY', 'MONTH', 'YEAR'] as const satisfies readonly WorkshopDatePrecision[];

/** The planning form as typed: strings, kept whole to be shown again after a refusal. */
export interface PlanValues {
  title: string;
  kind: string;
  territoryId: string;
  neighbourhoodSlugs: string[];
  themeSlugs: string[];
  diagnosisId: string;
  datePrecision: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  place: string;
  description: string;
  participantCap: string;
}

export const emptyPlan: PlanValues = {
  title: '',
  kind: 'WORKSHOP',
  territoryId: '',
  neighbourhoodSlugs: [],
  themeSlugs: [],
  diagnosisId: '',
  datePrecision: 'DAY_TIME',
  startDate: '',
  startTime: '18:00',
  endDate: '',
  endTime: '20:00',
  place: '',
  description: '',
  participantCap: '',
};

/** The form's fields that the API names in its user errors (the rest go at the top). */
export const PLAN_FIELDS = [
  'title',
  'kind',
  'territoryId',
  'neighbourhoodSlugs',
  'themeSlugs',
  'diagnosisId',
  'datePrecision',
  'startsAt',
  'endsAt',
  'place',
  'description',
  'participantCap',
] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** Minutes Paris is ahead of UTC at an instant. */
function parisOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** A Paris wall-clock time as an instant (the offset read twice, for the days the clocks change). */
export function parisToIso(date: string, time: string): string | null {
  if (!DATE.test(date) || !TIME.test(time)) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  // Date.UTC rolls 31 February over into March: only a day that exists comes back the same.
  if (new Date(wall).toISOString().slice(0, 16) !== `${date}T${time}`) return null;
  let instant = wall - parisOffsetMinutes(wall) * 60_000;
  instant = wall - parisOffsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
}

/** The date and time fields for an instant: Paris time for a known hour, the stored UTC day otherwise. */
function fieldsOf(iso: string, precision: string): { date: string; time: string } {
  const at = new Date(iso);
  if (precision !== 'DAY_TIME') return { date: at.toISOString().slice(0, 10), time: '' };
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** What the form shows of a workshop as it is saved. */
export interface SavedPlan {
  title: string;
  kind: string;
  territory: { id: string };
  neighbourhoods: readonly { slug: string }[];
  themes: readonly { slug: string }[];
  diagnosis?: { id: string } | null;
  datePrecision: string;
  startsAt: unknown;
  endsAt: unknown;
  place: string;
  description: string;
  participantCap?: number | null;
}

export function valuesOfPlan(w: SavedPlan): PlanValues {
  const start = fieldsOf(String(w.startsAt), w.datePrecision);
  const end = fieldsOf(String(w.endsAt), w.datePrecision);
  return {
    title: w.title,
    kind: w.kind,
    territoryId: w.territory.id,
    neighbourhoodSlugs: w.neighbourhoods.map((n) => n.slug),
    themeSlugs: w.themes.map((t) => t.slug),
    diagnosisId: w.diagnosis?.id ?? '',
    datePrecision: w.datePrecision,
    startDate: start.date,
    startTime: start.time || emptyPlan.startTime,
    endDate: end.date,
    endTime: end.time || emptyPlan.endTime,
    place: w.place,
    description: w.description,
    participantCap: w.participantCap == null ? '' : String(w.participantCap),
  };
}

function text(data: FormData, name: string, max: number): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.slice(0, max) : '';
}

function list(data: FormData, name: string): string[] {
  return data
    .getAll(name)
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .slice(0, 60);
}

/** The form as sent, cut only far beyond what the API accepts (it judges and words the rest). */
export function readPlan(data: FormData): PlanValues {
  return {
    title: text(data, 'title', 1_000),
    kind: text(data, 'kind', 40),
    territoryId: text(data, 'territoryId', 200),
    neighbourhoodSlugs: list(data, 'neighbourhoodSlugs'),
    themeSlugs: list(data, 'themeSlugs'),
    diagnosisId: text(data, 'diagnosisId', 200),
    datePrecision: text(data, 'datePrecision', 20),
    startDate: text(data, 'startDate', 20).trim(),
    startTime: text(data, 'startTime', 10).trim(),
    endDate: text(data, 'endDate', 20).trim(),
    endTime: text(data, 'endTime', 10).trim(),
    place: text(data, 'place', 1_500),
    description: text(data, 'description', 50_000),
    participantCap: text(data, 'participantCap', 20).trim(),
  };
}

/** A problem the site sees before asking the API, keyed as the API keys its own. */
export interface PlanProblem {
  field: (typeof PLAN_FIELDS)[number];
  message: 'planning.error.startDate' | 'planning.error.endDate' | 'planning.error.time' | 'planning.error.cap';
}

/**
 * The API's input from the form, or what is missing for it: a date and, for a known hour, a time
 * (Paris time). Without an end day, the workshop ends on its first day; months and years are
 * stored by the API as their first and last days, whatever day of them was picked.
 */
export function planInput(v: PlanValues): { input: WorkshopPlanFields } | { problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const precision = (PRECISIONS as readonly string[]).includes(v.datePrecision)
    ? (v.datePrecision as WorkshopDatePrecision)
    : 'DAY_TIME';
  const endDate = v.endDate || v.startDate;
  let startsAt: string | null = null;
  let endsAt: string | null = null;
  const isDay = (date: string) => parisToIso(date, '12:00') !== null;
  if (!isDay(v.startDate)) problems.push({ field: 'startsAt', message: 'planning.error.startDate' });
  else if (!isDay(endDate)) problems.push({ field: 'endsAt', message: 'planning.error.endDate' });
  else if (precision === 'DAY_TIME') {
    startsAt = parisToIso(v.startDate, v.startTime);
    endsAt = parisToIso(endDate, v.endTime);
    if (!startsAt) problems.push({ field: 'startsAt', message: 'planning.error.time' });
    if (!endsAt) problems.push({ field: 'endsAt', message: 'planning.error.time' });
  } else {
    startsAt = `${v.startDate}T00:00:00.000Z`;
    endsAt = `${endDate}T12:00:00.000Z`;
  }
  let participantCap: number | null = null;
  if (v.participantCap !== '') {
    participantCap = /^\d{1,9}$/.test(v.participantCap) ? Number(v.participantCap) : NaN;
    if (Number.isNaN(participantCap)) problems.push({ field: 'participantCap', message: 'planning.error.cap' });
  }
  if (problems.length > 0 || !startsAt || !endsAt) return { problems };
  return {
    input: {
      title: v.title,
      kind: (PLAN_KINDS as readonly string[]).includes(v.kind) ? (v.kind as WorkshopKind) : 'WORKSHOP',
      territoryId: v.territoryId,
      neighbourhoodSlugs: v.neighbourhoodSlugs,
      themeSlugs: v.themeSlugs,
      diagnosisId: v.diagnosisId || null,
      datePrecision: precision,
      startsAt,
      endsAt,
      place: v.place,
      description: v.description,
      participantCap,
    },
  };
}
