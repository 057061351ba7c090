import { describe, expect, it } from 'vitest';
import { draftFrom, findingKindOf, priorityOf, TITLE_MAX } from './promotion';

describe('draftFrom', () => {
  it('takes the kind most contributions suggest', () => {
    expect(
      draftFrom([
        { kind: 'IDEA', body: 'a' },
        { kind: 'RESOURCE', body: 'b' },
        { kind: 'RESOURCE', body: 'c' },
      ]).kind,
    ).toBe('ASSET');
    expect(draftFrom([{ kind: 'QUESTION', body: 'a' }]).kind).toBe('UNMET_NEED');
  });

  it('titles it with the first contribution’s start, cut at a word', () => {
    const long = `${'mot '.repeat(60)}fin`;
    const draft = draftFrom([{ kind: 'NEED', body: long }]);
    expect(draft.title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(draft.title.endsWith('…')).toBe(true);
    expect(draftFrom([{ kind: 'NEED', body: '  Pas de bus  le soir ' }]).title).toBe('Pas de bus le soir');
  });

  it('quotes every contribution, line by line, one paragraph each', () => {
    expect(
      draftFrom([
        { kind: 'NEED', body: 'Un\ndeux' },
        { kind: 'NEED', body: 'Trois' },
      ]).statement,
    ).toBe('> Un\n> deux\n\n> Trois');
  });

  it('is empty without contributions', () => {
    expect(draftFrom([])).toEqual({ kind: 'UNMET_NEED', title: '', statement: '' });
  });
});

describe('form values', () => {
  it('accepts only the kinds and priorities the API knows', () => {
    expect(findingKindOf('ASSET')).toBe('ASSET');
    expect(findingKindOf('NEED')).toBeNull();
    expect(priorityOf('HIGH')).toBe('HIGH');
    expect(priorityOf('URGENT')).toBeNull();
  });
});
