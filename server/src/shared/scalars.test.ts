import { describe, expect, it } from 'vitest';
import { DateTimeScalar } from './scalars.js';

describe('DateTimeISO', () => {
  it('serializes PostgreSQL text and Date objects alike', () => {
    expect(DateTimeScalar.serialize('2026-11-02 08:00:00+00')).toBe('2026-11-02T08:00:00.000Z');
    expect(DateTimeScalar.serialize('2015-06-30 09:30:00.123+02')).toBe('2015-06-30T07:30:00.123Z');
    expect(DateTimeScalar.serialize(new Date('2019-03-28T08:00:00Z'))).toBe('2019-03-28T08:00:00.000Z');
    expect(() => DateTimeScalar.serialize('yesterday')).toThrow(/Not a date-time/);
  });
});
