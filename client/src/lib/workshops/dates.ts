import { formatDate, formatRange, type Locale } from '$lib/i18n/format';

export type WorkshopDatePrecision = 'DAY_TIME' | 'DAY' | 'MONTH' | 'YEAR';

/**
 * A workshop's dates as much as they are known: "janvier 2013" for a month, "2013" for a year,
 * days without a time; never "1 janvier à 09:00" for a date nobody knows to the day.
 */
export function workshopDates(
  locale: Locale,
  startsAt: string,
  endsAt: string,
  precision: WorkshopDatePrecision,
): string {
  if (precision === 'DAY_TIME') return formatRange(locale, startsAt, endsAt);
  const known = precision === 'DAY' ? 'DAY' : precision;
  // Stored as UTC days (the first day of a month or year): read them as such.
  const day = (iso: string) => new Date(iso).toISOString().slice(0, 10);
  const a = formatDate(locale, day(startsAt), known);
  const b = formatDate(locale, day(endsAt), known);
  return a === b ? a : `${a} – ${b}`;
}

/** The `datetime` of a `<time>` at the same precision: "2013", "2017-11", "2019-03-28", or the instant. */
export function workshopDatetime(startsAt: string, precision: WorkshopDatePrecision): string {
  if (precision === 'DAY_TIME') return startsAt;
  const day = new Date(startsAt).toISOString().slice(0, 10);
  return precision === 'YEAR' ? day.slice(0, 4) : precision === 'MONTH' ? day.slice(0, 7) : day;
}
