import type { EntityManager } from '@mikro-orm/postgresql';
import { idOf } from '../shared/ids.js';
import { msg, Problems } from '../shared/payload.js';
import type { Viewer } from '../shared/viewer.js';
import { Neighbourhood, Territory, Theme } from '../territories/territory.entity.js';
import { Diagnosis } from '../diagnosis/diagnosis.entity.js';
import { coordinatesDiagnosis, seesDiagnosis } from '../diagnosis/diagnosis.policy.js';
import { DatePrecision, WorkshopKind } from './workshop.entity.js';
import { planLimits, type WorkshopPlanFields } from './workshop-planning.inputs.js';

/** A plan as it is stored, every reference found and checked. */
export interface CheckedPlan {
  title: string;
  kind: WorkshopKind;
  territory: Territory;
  neighbourhoods: Neighbourhood[];
  themes: Theme[];
  diagnosis: Diagnosis | null;
  startsAt: Date;
  endsAt: Date;
  datePrecision: DatePrecision;
  place: string;
  description: string;
  participantCap: number | null;
}

const year = 365.25 * 86_400_000;
const earliest = Date.UTC(1990, 0, 1);

/** The raw id of a global id of this type; null for a forged or malformed one (a user error, not a crash). */
function idOrNull(type: string, globalId: string): string | null {
  try {
    return idOf(type, globalId);
  } catch {
    return null;
  }
}

/** Strips what no form field should hold: control characters but tabs and newlines. */
// eslint-disable-next-line no-control-regex -- what no form field should hold
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');

/**
 * Dates known by month or year are stored as their first day, so that a sort by date stays right
 * and nothing pretends to know an hour; a day keeps its date at midnight UTC.
 */
export function normalizeDates(
  startsAt: Date,
  endsAt: Date,
  precision: DatePrecision,
): { startsAt: Date; endsAt: Date } {
  const cut = (d: Date, end: boolean): Date => {
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    switch (precision) {
      case DatePrecision.YEAR:
        return end ? new Date(Date.UTC(y, 11, 31, 23, 59, 59)) : new Date(Date.UTC(y, 0, 1));
      case DatePrecision.MONTH:
        return end ? new Date(Date.UTC(y, m + 1, 0, 23, 59, 59)) : new Date(Date.UTC(y, m, 1));
      case DatePrecision.DAY:
        return end ? new Date(Date.UTC(y, m, d.getUTCDate(), 23, 59, 59)) : new Date(Date.UTC(y, m, d.getUTCDate()));
      case DatePrecision.DAY_TIME:
        return d;
    }
  };
  return { startsAt: cut(startsAt, false), endsAt: cut(endsAt, true) };
}

/**
 * Every problem of the planning form at once (so that the form learns all it must fix), with the
 * territory, neighbourhoods, themes and diagnosis it names found in the write's unit of work.
 */
export async function checkPlan(em: EntityManager, viewer: Viewer, input: WorkshopPlanFields): Promise<CheckedPlan> {
  const problems = new Problems();
  const title = clean(input.title).replace(/\s+/g, ' ').trim();
  if (title.length < planLimits.titleMin || title.length > planLimits.titleMax) {
    problems.add(msg('WORKSHOP_TITLE_LENGTH', { min: planLimits.titleMin, max: planLimits.titleMax }), 'title');
  }
  if (input.kind === WorkshopKind.CONSULTATION) problems.add(msg('WORKSHOP_KIND_RESERVED'), 'kind');
  const place = clean(input.place).replace(/\s+/g, ' ').trim();
  if (place.length > planLimits.placeMax) {
    problems.add(msg('WORKSHOP_PLACE_TOO_LONG', { max: planLimits.placeMax }), 'place');
  }
  const description = clean(input.description).replace(/\r\n/g, '\n').trim();
  if (description.length > planLimits.descriptionMax) {
    problems.add(
      msg('WORKSHOP_DESCRIPTION_TOO_LONG', { length: description.length, max: planLimits.descriptionMax }),
      'description',
    );
  }
  const cap = input.participantCap ?? null;
  if (cap !== null && (cap < planLimits.capMin || cap > planLimits.capMax)) {
    problems.add(msg('WORKSHOP_CAP_RANGE', { min: planLimits.capMin, max: planLimits.capMax }), 'participantCap');
  }
  const dates = normalizeDates(input.startsAt, input.endsAt, input.datePrecision);
  const latest = Date.now() + 10 * year;
  const inRange = (d: Date) => !Number.isNaN(d.getTime()) && d.getTime() >= earliest && d.getTime() <= latest;
  if (!inRange(dates.startsAt) || !inRange(dates.endsAt)) problems.add(msg('WORKSHOP_DATES_RANGE'), 'startsAt');
  else if (dates.endsAt.getTime() <= dates.startsAt.getTime())
    problems.add(msg('WORKSHOP_ENDS_BEFORE_START'), 'endsAt');

  const territoryId = idOrNull('Territory', input.territoryId);
  const found = territoryId ? await em.findOne(Territory, territoryId) : null;
  if (!found) problems.add(msg('WORKSHOP_UNKNOWN_TERRITORY'), 'territoryId');

  const neighbourhoodSlugs = [...new Set(input.neighbourhoodSlugs.map((s) => s.trim()).filter(Boolean))];
  const neighbourhoods = neighbourhoodSlugs.length
    ? await em.find(Neighbourhood, { slug: { $in: neighbourhoodSlugs } })
    : [];
  if (
    found &&
    (neighbourhoods.length !== neighbourhoodSlugs.length || neighbourhoods.some((n) => n.territory.id !== found.id))
  ) {
    problems.add(msg('WORKSHOP_NEIGHBOURHOOD_ELSEWHERE'), 'neighbourhoodSlugs');
  }
  const themeSlugs = [...new Set(input.themeSlugs.map((s) => s.trim()).filter(Boolean))];
  const themes = themeSlugs.length ? await em.find(Theme, { slug: { $in: themeSlugs } }) : [];
  const unknown = themeSlugs.filter((slug) => !themes.some((t) => t.slug === slug));
  if (unknown.length > 0) problems.add(msg('UNKNOWN_THEMES', { slugs: unknown.slice(0, 5) }), 'themeSlugs');

  let diagnosis: Diagnosis | null = null;
  if (input.diagnosisId) {
    const id = idOrNull('Diagnosis', input.diagnosisId);
    const d = id ? await em.findOne(Diagnosis, id) : null;
    // A diagnosis the viewer may not see is answered as one they do not coordinate.
    if (!d || !seesDiagnosis(viewer, d) || !coordinatesDiagnosis(viewer, d.id)) {
      problems.add(msg('WORKSHOP_DIAGNOSIS_NOT_YOURS'), 'diagnosisId');
    } else if (found && d.territory.id !== found.id) {
      problems.add(msg('WORKSHOP_DIAGNOSIS_ELSEWHERE'), 'diagnosisId');
    } else diagnosis = d;
  }
  problems.throwIfAny();
  return {
    title,
    kind: input.kind,
    territory: found!,
    neighbourhoods,
    themes,
    diagnosis,
    ...dates,
    datePrecision: input.datePrecision,
    place,
    description,
    participantCap: cap,
  };
}
