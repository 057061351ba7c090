import type { ContributionKind } from '$lib/graphql/generated/graphql';

/** The kinds in the order the composer offers them. */
export const CONTRIBUTION_KINDS = [
  'NEED',
  'IDEA',
  'RESOURCE',
  'QUESTION',
] as const satisfies readonly ContributionKind[];

/** A glyph per kind, so the kind never rests on colour alone (its name is always beside it). */
export const KIND_GLYPHS: Record<ContributionKind, string> = { NEED: '!', IDEA: '✦', RESOURCE: '+', QUESTION: '?' };

/** Bar colours on the wall's dark background (each at least 3:1 against it). */
export const KIND_COLOURS_ON_DARK: Record<ContributionKind, string> = {
  NEED: '#ff9a6b',
  IDEA: '#f7c65c',
  RESOURCE: '#6fd3a0',
  QUESTION: '#a9bcff',
};

/** The start of a text, cut at a word, to name a contribution in a sentence. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
