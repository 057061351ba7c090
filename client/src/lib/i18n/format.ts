/**
 * Number, currency and date formatting for both locales, with Intl. Dates of the domain are
 * shown in Paris time whatever the server's time zone.
 */
export type Locale = 'fr' | 'en';
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

export const TIME_ZONE = 'Europe/Paris';

const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function intlTag(locale: Locale): string {
  return intlLocale[locale];
}

/** Spaces inside a date or an amount become no-break ones: "15 mars 2016" never splits across lines. */
export function unbreakable(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

/**
 * Formats a date with Intl, writing French ordinals for the first of the month ("1er janvier"),
 * with no-break spaces throughout.
 */
function dateText(locale: Locale, options: Intl.DateTimeFormatOptions, date: Date): string {
  const parts = new Intl.DateTimeFormat(intlLocale[locale], options).formatToParts(date);
  const text = parts
    .map((part) => (locale === 'fr' && part.type === 'day' && Number(part.value) === 1 ? '1er' : part.value))
    .join('');
  return unbreakable(text);
}

export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2, ...options }).format(value);
}

/** Whole euros: "209 425 €" in French, "€209,425" in English. */
export function formatCurrency(locale: Locale, amount: number): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(amount);
}

/** A ratio between 0 and 1 shown as a percentage: 0.541 → "54 %" / "54%". */
export function formatPercent(locale: Locale, ratio: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'percent',
    maximumFractionDigits: fractionDigits,
    minimumFractionDigits: 0,
  }).format(ratio);
}

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Reads "YYYY", "YYYY-MM", "YYYY-MM-DD" or a full ISO date-time (calendar day in Paris). */
function parseDate(value: string): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value.trim());
  if (m) {
    return {
      year: Number(m[1]),
      ...(m[2] ? { month: Number(m[2]) } : {}),
      ...(m[3] ? { day: Number(m[3]) } : {}),
    };
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/**
 * A calendar date at the precision it is known: "2016", "mars 2016", "15 mars 2016".
 * The precision never exceeds what the value holds.
 */
export function formatDate(locale: Locale, value: string | null | undefined, precision: DatePrecision = 'DAY'): string {
  if (!value) return '';
  const parts = parseDate(value);
  if (!parts) return value;
  const { year, month, day } = parts;
  if (precision === 'YEAR' || month === undefined) return String(year);
  const utc = new Date(Date.UTC(year, month - 1, day ?? 1, 12));
  if (precision === 'MONTH' || day === undefined) {
    return dateText(locale, { timeZone: 'UTC', year: 'numeric', month: 'long' }, utc);
  }
  return dateText(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }, utc);
}

/** "mardi 14 octobre 2025 à 18:00" / "Tuesday 14 October 2025 at 18:00", Paris time. */
export function formatDateTime(locale: Locale, iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateText(
    locale,
    {
      timeZone: TIME_ZONE,
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    },
    date,
  );
}

/** "18:00" in Paris time. */
export function formatTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** Short date for cards: "14 oct. 2025" / "14 Oct 2025", Paris time. */
export function formatShortDate(locale: Locale, iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateText(locale, { timeZone: TIME_ZONE, year: 'numeric', month: 'short', day: 'numeric' }, date);
}

/** Start and end of an event; the end shows only its time when it is the same Paris day. */
export function formatRange(locale: Locale, startIso: string, endIso?: string | null): string {
  const start = formatDateTime(locale, startIso);
  if (!endIso) return start;
  const sameDay = formatShortDate(locale, startIso) === formatShortDate(locale, endIso);
  const end = sameDay ? formatTime(locale, endIso) : formatDateTime(locale, endIso);
  return `${start} – ${end}`;
}

/** A period between two calendar dates ("2015 – 2020", "mars 2024 – juin 2024"). */
export function formatPeriod(
  locale: Locale,
  start: string | null | undefined,
  end: string | null | undefined,
  precision: DatePrecision = 'MONTH',
): string {
  const a = formatDate(locale, start, precision);
  const b = formatDate(locale, end, precision);
  if (a && b) return a === b ? a : `${a} – ${b}`;
  return a || b;
}
