import { en } from './en';
import {
  formatCurrency,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatRange,
  formatShortDate,
  formatTime,
  intlTag,
  type DatePrecision,
  type Locale,
} from './format';
import { fr } from './fr';
import type { MessageKey, Messages, PluralKey } from './messages';

export type { Locale, DatePrecision, MessageKey, PluralKey };
export {
  formatCurrency,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatRange,
  formatShortDate,
};

export const LOCALES: readonly Locale[] = ['fr', 'en'];
export const DEFAULT_LOCALE: Locale = 'fr';
export const LANG_COOKIE = 'lang';

export const catalogues: Record<Locale, Messages> = { fr, en };

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export type Params = Record<string, string | number>;

function interpolate(message: string, params?: Params): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The message for `key` in `locale`, with `{name}` placeholders replaced. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return interpolate(catalogues[locale][key], params);
}

/** A `.one` / `.other` message chosen by the locale's plural rules; `{count}` is formatted. */
export function translatePlural(locale: Locale, key: PluralKey, count: number, params?: Params): string {
  const rule = new Intl.PluralRules(intlTag(locale)).select(count) === 'one' ? 'one' : 'other';
  const full = `${key}.${rule}` as MessageKey;
  return interpolate(catalogues[locale][full], { ...params, count: formatNumber(locale, count) });
}

/** Everything a component needs to speak the page's language. */
export interface I18n {
  readonly locale: Locale;
  t(key: MessageKey, params?: Params): string;
  tn(key: PluralKey, count: number, params?: Params): string;
  /** A translated enum label: `label('stage', 'OPERATIONAL')`. */
  label(prefix: EnumPrefix, value: string): string;
  /** A theme's name in the page's language (content is French; themes also have `nameEn`). */
  themeName(theme: { name: string; nameEn?: string | null }): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  currency(amount: number): string;
  percent(ratio: number, fractionDigits?: number): string;
  date(value: string | null | undefined, precision?: DatePrecision): string;
  dateTime(iso: string | null | undefined): string;
  shortDate(iso: string | null | undefined): string;
  /** "18:05", Paris time. */
  time(iso: string): string;
  range(startIso: string, endIso?: string | null): string;
  period(start: string | null | undefined, end: string | null | undefined, precision?: DatePrecision): string;
}

export type EnumPrefix =
  | 'stage'
  | 'fundingSource'
  | 'partnerRole'
  | 'orgKind'
  | 'territoryKind'
  | 'workshopKind'
  | 'workshopStatus'
  | 'contributionKind'
  | 'storyKind'
  | 'diagnosisStatus'
  | 'findingPriority'
  | 'findingStatus'
  | 'apiError'
  | 'connection'
  | 'moderationMode'
  | 'moderationAction'
  | 'contributionKindLong'
  | 'diagnosis.status'
  | 'restitution.kind'
  | 'restitution.status';

/** Builds the helpers around a locale read lazily, so a context can hold it once. */
export function createI18n(getLocale: () => Locale): I18n {
  return {
    get locale() {
      return getLocale();
    },
    t: (key, params) => translate(getLocale(), key, params),
    tn: (key, count, params) => translatePlural(getLocale(), key, count, params),
    label(prefix, value) {
      const key = `${prefix}.${value}`;
      const messages = catalogues[getLocale()];
      return key in messages ? messages[key as MessageKey] : value;
    },
    themeName: (theme) => (getLocale() === 'en' && theme.nameEn ? theme.nameEn : theme.name),
    number: (value, options) => formatNumber(getLocale(), value, options),
    currency: (amount) => formatCurrency(getLocale(), amount),
    percent: (ratio, digits) => formatPercent(getLocale(), ratio, digits),
    date: (value, precision) => formatDate(getLocale(), value, precision),
    dateTime: (iso) => formatDateTime(getLocale(), iso),
    shortDate: (iso) => formatShortDate(getLocale(), iso),
    time: (iso) => formatTime(getLocale(), iso),
    range: (start, end) => formatRange(getLocale(), start, end),
    period: (start, end, precision) => formatPeriod(getLocale(), start, end, precision),
  };
}
