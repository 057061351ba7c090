import { DatePrecision } from '../portraits/portrait-parts.entity.js';

/** "2016" → 2016-01-01 (YEAR); "2016-03" → 2016-03-01 (MONTH); "2016-03-28" → DAY. */
export function partialDate(text: string): { date: string; precision: DatePrecision } | null {
  if (/^\d{4}$/.test(text)) return { date: `${text}-01-01`, precision: DatePrecision.YEAR };
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return { date: `${text}-01`, precision: DatePrecision.MONTH };
  if (/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(text)) return { date: text, precision: DatePrecision.DAY };
  return null;
}

const RELATIVE = /^\+(\d+)d@([01]\d|2[0-3]):([0-5]\d)$/;

/** Offset of Paris from UTC at a given instant, in minutes (60 in winter, 120 in summer). */
function parisOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * An ISO date-time, or "+Nd@HH:MM": N days after `today`, at HH:MM Paris time. Demo workshops
 * use the relative form so a fresh install always has something coming up.
 */
export function seedDateTime(text: string, today = new Date()): Date | null {
  const relative = RELATIVE.exec(text);
  if (relative) {
    const day = new Date(
      Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + Number(relative[1])),
    );
    const localAsUtc = Date.UTC(
      day.getUTCFullYear(),
      day.getUTCMonth(),
      day.getUTCDate(),
      Number(relative[2]),
      Number(relative[3]),
    );
    return new Date(localAsUtc - parisOffsetMinutes(new Date(localAsUtc)) * 60_000);
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(text) ? null : date;
}
