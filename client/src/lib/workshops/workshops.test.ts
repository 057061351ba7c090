import { describe, expect, it } from 'vitest';
import { calendarFile, escapeText, foldLine } from './ics';
import { csvCell, csvFile } from './csv';
import { workshopDates, workshopDatetime } from './dates';

describe('calendar files', () => {
  const base = {
    uid: 'atelier-1@quartierlab',
    start: new Date('2027-03-04T17:00:00Z'),
    end: new Date('2027-03-04T19:00:00Z'),
    allDay: false,
    summary: 'Atelier; jardins, partagés',
    location: 'Maison de quartier',
    description: 'Ligne 1\nLigne 2 \\ fin',
    url: 'https://example.org/workshops/atelier-1',
    stamp: new Date('2027-01-01T00:00:00Z'),
  };

  it('escapes , ; \\ and newlines', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds at 75 octets without cutting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(80)}`;
    const folded = foldLine(line).split('\r\n');
    const encoder = new TextEncoder();
    for (const part of folded) expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('writes UTC times, or whole days with VALUE=DATE', () => {
    const timed = calendarFile(base);
    expect(timed).toContain('DTSTART:20270304T170000Z\r\n');
    expect(timed).toContain('DTEND:20270304T190000Z\r\n');
    expect(timed).toContain('SUMMARY:Atelier\\; jardins\\, partagés\r\n');
    expect(timed).toMatch(
      /^BEGIN:VCALENDAR\r\n[\s\S]*UID:atelier-1@quartierlab\r\nDTSTAMP:20270101T000000Z\r\n[\s\S]*END:VCALENDAR\r\n$/,
    );
    const day = calendarFile({ ...base, allDay: true, end: new Date('2027-03-04T23:59:59Z') });
    expect(day).toContain('DTSTART;VALUE=DATE:20270304\r\n');
    expect(day).toContain('DTEND;VALUE=DATE:20270305\r\n');
  });
});

describe('registrations as CSV', () => {
  it('neutralises formulas and quotes separators, with a BOM and ; separators', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+33 6')).toBe("'+33 6");
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(
      csvFile([
        ['Nom', 'Courriel'],
        ['Zoé', 'zoe@example.org'],
      ]),
    ).toBe('\ufeffNom;Courriel\r\nZoé;zoe@example.org\r\n');
  });
});

describe('workshop dates at their precision', () => {
  it('says a month or a year, never a day and an hour nobody knows', () => {
    expect(workshopDates('fr', '2013-01-01T00:00:00Z', '2013-01-31T23:59:59Z', 'MONTH')).toMatch(/^janvier\s2013$/);
    expect(workshopDates('fr', '2013-01-01T00:00:00Z', '2013-12-31T23:59:59Z', 'YEAR')).toBe('2013');
    expect(workshopDates('en', '2013-01-01T00:00:00Z', '2013-03-31T23:59:59Z', 'MONTH')).toMatch(
      /^January\s2013\s–\sMarch\s2013$/,
    );
    expect(workshopDates('fr', '2024-03-12T00:00:00Z', '2024-03-12T23:59:59Z', 'DAY')).toMatch(/^12\smars\s2024$/);
    expect(workshopDates('fr', '2013-01-01T08:00:00Z', '2013-01-01T10:00:00Z', 'DAY_TIME')).toMatch(/09:00/);
  });
});

describe('a workshop date as a machine reads it', () => {
  it('says no more than is known', () => {
    expect(workshopDatetime('2013-01-01T00:00:00.000Z', 'YEAR')).toBe('2013');
    expect(workshopDatetime('2017-11-01T00:00:00.000Z', 'MONTH')).toBe('2017-11');
    expect(workshopDatetime('2019-03-28T00:00:00.000Z', 'DAY')).toBe('2019-03-28');
    expect(workshopDatetime('2026-09-24T16:00:00.000Z', 'DAY_TIME')).toBe('2026-09-24T16:00:00.000Z');
  });
});
