import { describe, expect, it } from 'vitest';
import { partialDate, seedDateTime } from './seed.dates.js';

describe('seed dates', () => {
  it('reads partial dates with their precision', () => {
    expect(partialDate('2016')).toEqual({ date: '2016-01-01', precision: 'YEAR' });
    expect(partialDate('2017-11')).toEqual({ date: '2017-11-01', precision: 'MONTH' });
    expect(partialDate('2019-03-28')).toEqual({ date: '2019-03-28', precision: 'DAY' });
    expect(partialDate('2019-13')).toBeNull();
  });

  it('places relative times in Paris time, summer and winter', () => {
    expect(seedDateTime('+10d@18:00', new Date('2026-01-05T09:00:00Z'))?.toISOString()).toBe(
      '2026-01-15T17:00:00.000Z',
    );
    expect(seedDateTime('+0d@09:00', new Date('2026-07-01T09:00:00Z'))?.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(seedDateTime('tomorrow')).toBeNull();
  });
});
