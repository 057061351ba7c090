import type { FindingKind, FindingPriority } from '$lib/graphql/generated/graphql';

/** What the finding forms hold, as typed: plain strings, checked by the API. */
export interface FindingValues {
  kind: string;
  title: string;
  statement: string;
  priority: string;
  themeSlugs: string[];
  neighbourhoodSlugs: string[];
}

export type FindingField = keyof FindingValues;

/** What the API accepts in a finding's fields (its `limits`), for the fields to say it before sending. */
export interface FindingLimits {
  findingTitleMin: number;
  findingTitleMax: number;
  findingStatementMin: number;
  findingStatementMax: number;
  findingNeighbourhoodsMax: number;
}
export const FINDING_FIELDS: readonly FindingField[] = [
  'kind',
  'title',
  'statement',
  'priority',
  'themeSlugs',
  'neighbourhoodSlugs',
];

/** A finding as the forms read it. */
export interface FindingText {
  kind: FindingKind;
  title: string;
  statement: string;
  priority: FindingPriority;
  themes: readonly { slug: string }[];
  neighbourhoods: readonly { slug: string }[];
}

export function valuesOf(finding: FindingText): FindingValues {
  return {
    kind: finding.kind,
    title: finding.title,
    statement: finding.statement,
    priority: finding.priority,
    themeSlugs: finding.themes.map((t) => t.slug),
    neighbourhoodSlugs: finding.neighbourhoods.map((n) => n.slug),
  };
}

const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
const list = (value: unknown, fallback: string[]) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : fallback;

/** What a refused form sent back, over what it started from (a field it did not send keeps its value). */
export function valuesFrom(sent: Record<string, unknown> | null | undefined, start: FindingValues): FindingValues {
  if (!sent) return start;
  return {
    kind: text(sent['kind'], start.kind),
    title: text(sent['title'], start.title),
    statement: text(sent['statement'], start.statement),
    priority: text(sent['priority'], start.priority),
    themeSlugs: list(sent['themeSlugs'], start.themeSlugs),
    neighbourhoodSlugs: list(sent['neighbourhoodSlugs'], start.neighbourhoodSlugs),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

/** The fields where two texts differ: the conflict view points at them. */
export function differingFields(mine: FindingValues, theirs: FindingValues): FindingField[] {
  return FINDING_FIELDS.filter((field) => {
    const a = mine[field];
    const b = theirs[field];
    return Array.isArray(a) && Array.isArray(b) ? !sameList(a, b) : a !== b;
  });
}

/** The finding as it now is, when an edit started from an older version (FINDING_CHANGED). */
export interface CurrentFinding {
  version: number;
  values: FindingValues;
  changedBy: string | null;
  changedAt: string | null;
}

/**
 * The edit form's state: the text being typed and the version it will be checked against. Until
 * the writer types, the form follows the finding (its text and version as the stream brings
 * them); once they type, it is theirs. Refused for a changed finding, it keeps what was typed
 * and takes the version of the text now saved, so that sending it again (merged by hand) is
 * checked against that one.
 */
export interface EditDraft {
  values: FindingValues;
  version: number;
}

export function draftAfterConflict(typed: FindingValues, current: CurrentFinding): EditDraft {
  return { values: typed, version: current.version };
}

/** The form's state when the page is drawn: after a refused edit (no JavaScript), what was sent. */
export function startingDraft(
  sent: { values: Record<string, unknown>; version: number | null } | null,
  current: CurrentFinding | null,
  finding: { version: number; values: FindingValues },
): EditDraft | null {
  if (!sent) return null;
  const values = valuesFrom(sent.values, finding.values);
  return current ? draftAfterConflict(values, current) : { values, version: sent.version ?? finding.version };
}
