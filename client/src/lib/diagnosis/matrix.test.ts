import { describe, expect, it } from 'vitest';
import { level, matrixGrid, WHOLE_TERRITORY } from './matrix';

const theme = (slug: string, name: string) => ({ slug, name });
const cell = (t: string, n: string | null, evidenceCount: number) => ({
  theme: theme(t, t.toUpperCase()),
  neighbourhood: n ? { slug: n, name: n.toUpperCase() } : null,
  findings: [{ id: `${t}-${n}`, title: `${t} ${n}` }],
  evidenceCount,
});

describe('matrixGrid', () => {
  const grid = matrixGrid([cell('emploi', 'bastide', 3), cell('mobilite', null, 8), cell('emploi', 'benauge', 0)]);

  it('lays themes and neighbourhoods out by name, the whole territory last', () => {
    expect(grid.themes.map((t) => t.slug)).toEqual(['emploi', 'mobilite']);
    expect(grid.columns).toEqual([
      { key: 'bastide', name: 'BASTIDE' },
      { key: 'benauge', name: 'BENAUGE' },
      { key: WHOLE_TERRITORY, name: null },
    ]);
  });

  it('finds each cell, and none where nothing was retained', () => {
    expect(grid.cell('mobilite', WHOLE_TERRITORY)?.evidenceCount).toBe(8);
    expect(grid.cell('emploi', 'bastide')?.evidenceCount).toBe(3);
    expect(grid.cell('mobilite', 'bastide')).toBeNull();
    expect(grid.max).toBe(8);
  });

  it('has no whole-territory column when every finding names a neighbourhood', () => {
    expect(matrixGrid([cell('emploi', 'bastide', 1)]).columns.map((c) => c.key)).toEqual(['bastide']);
  });
});

describe('level', () => {
  it('is 0 without evidence and reaches the top only for the heaviest cell', () => {
    expect(level(0, 8)).toBe(0);
    expect(level(1, 8)).toBe(1);
    expect(level(4, 8)).toBe(2);
    expect(level(7, 8)).toBe(4);
    expect(level(8, 8)).toBe(4);
    expect(level(3, 0)).toBe(0);
  });
});
