import { describe, expect, it } from 'vitest';
import { emptyPlan, parisToIso, planInput, valuesOfPlan } from './plan-form';

describe('the planning form', () => {
  it('reads a Paris time in winter, in summer and across the change of clocks', () => {
    expect(parisToIso('2027-01-15', '18:30')).toBe('2027-01-15T17:30:00.000Z');
    expect(parisToIso('2027-07-15', '18:30')).toBe('2027-07-15T16:30:00.000Z');
    expect(parisToIso('2027-03-28', '12:00')).toBe('2027-03-28T10:00:00.000Z');
    expect(parisToIso('2027-13-45', '12:00')).toBeNull();
    expect(parisToIso('2027-01-15', '')).toBeNull();
  });

  it('sends a day or a month as UTC days, and ends on the first day when no end is given', () => {
    const made = planInput({ ...emptyPlan, datePrecision: 'MONTH', startDate: '2013-01-17', endDate: '' });
    expect(made).toMatchObject({
      input: { datePrecision: 'MONTH', startsAt: '2013-01-17T00:00:00.000Z', endsAt: '2013-01-17T12:00:00.000Z' },
    });
  });

  it('says what is missing instead of asking the API', () => {
    expect(planInput({ ...emptyPlan, startDate: '' })).toEqual({
      problems: [{ field: 'startsAt', message: 'planning.error.startDate' }],
    });
    expect(planInput({ ...emptyPlan, startDate: '2027-01-15', startTime: '', participantCap: 'dix' })).toEqual({
      problems: [
        { field: 'startsAt', message: 'planning.error.time' },
        { field: 'participantCap', message: 'planning.error.cap' },
      ],
    });
  });

  it('shows a saved workshop in the fields it was typed in', () => {
    const saved = {
      title: 'Atelier',
      kind: 'MEETING',
      territory: { id: 'T1' },
      neighbourhoods: [{ slug: 'n1' }],
      themes: [],
      diagnosis: null,
      place: 'Ici',
      description: '',
      participantCap: 30,
    };
    expect(
      valuesOfPlan({
        ...saved,
        datePrecision: 'DAY_TIME',
        startsAt: '2027-07-15T16:30:00.000Z',
        endsAt: '2027-07-15T18:00:00.000Z',
      }),
    ).toMatchObject({ startDate: '2027-07-15', startTime: '18:30', endTime: '20:00', participantCap: '30' });
    expect(
      valuesOfPlan({
        ...saved,
        datePrecision: 'MONTH',
        startsAt: '2013-01-01T00:00:00.000Z',
        endsAt: '2013-01-31T23:59:59.000Z',
      }),
    ).toMatchObject({ startDate: '2013-01-01', endDate: '2013-01-31' });
  });
});
