import type { Named, RestitutionMatrixCell } from './restitution';

/** The column of findings that name no neighbourhood: the whole territory. */
export const WHOLE_TERRITORY = '';

export interface MatrixGrid<C extends RestitutionMatrixCell> {
  themes: Named[];
  /** Neighbourhoods by name; the whole territory, when a cell has none, last. */
  columns: { key: string; name: string | null }[];
  cell(themeSlug: string, columnKey: string): C | null;
  /** The heaviest cell's evidence: the top of the colour scale. */
  max: number;
}

/** Lays the API's cells (only non-empty ones) out as themes × neighbourhoods. */
export function matrixGrid<C extends RestitutionMatrixCell>(cells: readonly C[]): MatrixGrid<C> {
  const themes = new Map<string, Named>();
  const neighbourhoods = new Map<string, string>();
  let whole = false;
  const byKey = new Map<string, C>();
  for (const c of cells) {
    themes.set(c.theme.slug, c.theme);
    const key = c.neighbourhood?.slug ?? WHOLE_TERRITORY;
    if (c.neighbourhood) neighbourhoods.set(c.neighbourhood.slug, c.neighbourhood.name);
    else whole = true;
    byKey.set(`${c.theme.slug}\u0000${key}`, c);
  }
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'fr');
  return {
    themes: [...themes.values()].sort(byName),
    columns: [
      ...[...neighbourhoods].map(([key, name]) => ({ key, name })).sort((a, b) => byName(a, b)),
      ...(whole ? [{ key: WHOLE_TERRITORY, name: null }] : []),
    ],
    cell: (theme, column) => byKey.get(`${theme}\u0000${column}`) ?? null,
    max: Math.max(0, ...cells.map((c) => c.evidenceCount)),
  };
}

/** Steps of the colour scale; the number is always printed beside the colour. */
export const LEVELS = 4;

/** Where a weight falls on the scale: 0 for no evidence, then 1…LEVELS up to the heaviest cell. */
export function level(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(LEVELS, Math.max(1, Math.ceil((value / max) * LEVELS)));
}
