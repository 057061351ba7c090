import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import {
  createI18n,
  formatCurrency,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatShortDate,
  translate,
  translatePlural,
} from './index';

/** Intl uses narrow and ordinary no-break spaces in French; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('message catalogues', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('have no empty message', () => {
    for (const catalogue of [fr, en]) {
      for (const [key, message] of Object.entries(catalogue)) {
        expect(message.trim(), key).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });

  it('follow French typography: no-break spaces before ; : ! ? and inside « »', () => {
    for (const [key, message] of Object.entries(fr)) {
      expect(message, key).not.toMatch(/ [;:!?]|« | »|«[^\u00a0]|[^\u00a0]»/);
    }
  });

  it('come in complete plural pairs', () => {
    for (const key of Object.keys(fr)) {
      if (key.endsWith('.one')) expect(Object.keys(fr)).toContain(key.replace(/\.one$/, '.other'));
    }
  });
});

describe('translate', () => {
  it('interpolates parameters', () => {
    expect(translate('fr', 'common.since', { date: '2016' })).toBe('Depuis 2016');
    expect(translate('en', 'common.since', { date: '2016' })).toBe('Since 2016');
  });

  it('chooses plural forms by locale rules', () => {
    expect(translatePlural('fr', 'common.votes', 0)).toBe('0 soutien');
    expect(translatePlural('fr', 'common.votes', 2)).toBe('2 soutiens');
    expect(translatePlural('en', 'common.votes', 1)).toBe('1 supporter');
    expect(translatePlural('en', 'common.votes', 0)).toBe('0 supporters');
    expect(plain(translatePlural('fr', 'common.votes', 1200))).toBe('1 200 soutiens');
  });

  it('translates enum labels and theme names', () => {
    const fr = createI18n(() => 'fr');
    const en = createI18n(() => 'en');
    expect(fr.label('stage', 'OPERATIONAL')).toBe('Opérationnel');
    expect(en.label('fundingSource', 'EU_ERDF')).toBe('ERDF (EU)');
    expect(en.label('stage', 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
    const theme = { name: 'Emploi', nameEn: 'Employment' };
    expect(fr.themeName(theme)).toBe('Emploi');
    expect(en.themeName(theme)).toBe('Employment');
  });
});

describe('formatting', () => {
  it('formats numbers', () => {
    expect(plain(formatNumber('fr', 1234567.5))).toBe('1 234 567,5');
    expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
  });

  it('formats euros without cents', () => {
    expect(plain(formatCurrency('fr', 209425))).toBe('209 425 €');
    expect(formatCurrency('en', 209425)).toBe('€209,425');
  });

  it('formats percentages', () => {
    expect(plain(formatPercent('fr', 0.5412))).toBe('54 %');
    expect(formatPercent('en', 0.5412)).toBe('54%');
    expect(plain(formatPercent('fr', 0.5412, 1))).toBe('54,1 %');
  });

  it('formats dates at their precision', () => {
    expect(formatDate('fr', '2016', 'YEAR')).toBe('2016');
    expect(formatDate('fr', '2016-03', 'MONTH')).toBe('mars\u00a02016');
    expect(formatDate('en', '2016-03', 'MONTH')).toBe('March\u00a02016');
    expect(formatDate('fr', '2016-03-15')).toBe('15\u00a0mars\u00a02016');
    expect(formatDate('en', '2016-03-15')).toBe('15\u00a0March\u00a02016');
    // never more precise than the value
    expect(formatDate('fr', '2016', 'DAY')).toBe('2016');
    expect(formatDate('fr', null)).toBe('');
  });

  it('writes the first of the month as « 1er » in French', () => {
    expect(formatDate('fr', '2026-01-01')).toBe('1er\u00a0janvier\u00a02026');
    expect(formatDate('en', '2026-01-01')).toBe('1\u00a0January\u00a02026');
    expect(formatDate('fr', '2026-01-11')).toBe('11\u00a0janvier\u00a02026');
    expect(formatDate('fr', '2026-01-21')).toBe('21\u00a0janvier\u00a02026');
    expect(formatShortDate('fr', '2026-03-01T10:00:00Z')).toBe('1er\u00a0mars\u00a02026');
    expect(formatDateTime('fr', '2026-03-01T10:00:00Z')).toMatch(/^dimanche\u00a01er\u00a0mars\u00a02026/);
  });

  it('keeps dates, amounts and percentages on one line', () => {
    for (const text of [
      formatDateTime('fr', '2025-10-14T16:00:00.000Z'),
      formatDate('fr', '2016-03', 'MONTH'),
      formatCurrency('fr', 1234567),
      formatPercent('fr', 0.25),
      formatNumber('fr', 12345),
    ]) {
      expect(text).not.toMatch(/ /);
    }
  });

  it('formats date-times in Paris time', () => {
    // 16:00 UTC in October is 18:00 in Paris (summer time)
    // (punctuation between the parts varies with the ICU version, so check the parts)
    const fr = formatDateTime('fr', '2025-10-14T16:00:00.000Z');
    expect(plain(fr)).toMatch(/^mardi 14 octobre 2025/);
    expect(fr).toMatch(/18:00$/);
    const en = formatDateTime('en', '2025-10-14T16:00:00.000Z');
    expect(plain(en)).toMatch(/^Tuesday,? 14 October 2025/);
    expect(en).toMatch(/18:00$/);
    // a date-time late in the UTC evening is already the next day in Paris
    expect(plain(formatDate('fr', '2025-12-31T23:30:00.000Z'))).toBe('1er janvier 2026');
  });
});
