import { describe, expect, it } from 'vitest';
import {
  differingFields,
  draftAfterConflict,
  startingDraft,
  valuesFrom,
  valuesOf,
  type FindingValues,
} from './finding-form';

const saved = valuesOf({
  kind: 'UNMET_NEED',
  title: 'Pas de garde le soir',
  statement: 'Les familles monoparentales…',
  priority: 'HIGH',
  themes: [{ slug: 'emploi' }, { slug: 'enfance' }],
  neighbourhoods: [{ slug: 'bastide' }],
});

describe('valuesFrom', () => {
  it('takes what a refused form sent, and keeps the rest', () => {
    const sent = { title: 'Typed title', themeSlugs: ['enfance'], priority: 42 };
    expect(valuesFrom(sent, saved)).toEqual({ ...saved, title: 'Typed title', themeSlugs: ['enfance'] });
    expect(valuesFrom(null, saved)).toBe(saved);
  });
});

describe('differingFields', () => {
  it('names the fields that differ, lists compared as sets', () => {
    const theirs: FindingValues = { ...saved, statement: 'Other', themeSlugs: ['enfance', 'emploi'] };
    expect(differingFields(saved, theirs)).toEqual(['statement']);
    expect(differingFields(saved, { ...saved, neighbourhoodSlugs: [] })).toEqual(['neighbourhoodSlugs']);
    expect(differingFields(saved, saved)).toEqual([]);
  });
});

describe('the edit form after a conflict', () => {
  const current = { version: 7, values: { ...saved, title: 'Their title' }, changedBy: 'Awa', changedAt: null };

  it('keeps what was typed and checks it against the version now saved', () => {
    const typed = { ...saved, statement: 'My long statement' };
    expect(draftAfterConflict(typed, current)).toEqual({ values: typed, version: 7 });
  });

  it('starts a page drawn after a refused edit from what was sent (no JavaScript)', () => {
    const finding = { version: 7, values: current.values };
    const sent = { values: { title: 'Mine', statement: 'Mine too' }, version: 5 };
    expect(startingDraft(sent, current, finding)).toEqual({
      values: { ...current.values, title: 'Mine', statement: 'Mine too' },
      version: 7,
    });
    // Refused for another reason (too long a title): the version it started from stays.
    expect(startingDraft(sent, null, finding)?.version).toBe(5);
    expect(startingDraft(null, current, finding)).toBeNull();
  });
});
