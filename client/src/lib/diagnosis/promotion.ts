import { excerpt } from '$lib/live/contribution';

export const FINDING_KINDS = ['UNMET_NEED', 'ASSET', 'OPPORTUNITY'] as const;
export type FindingKindValue = (typeof FINDING_KINDS)[number];
export const FINDING_PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type FindingPriorityChoice = (typeof FINDING_PRIORITIES)[number];

/** What a contribution of each kind most often becomes in a diagnosis. */
const KIND_OF: Record<string, FindingKindValue> = {
  NEED: 'UNMET_NEED',
  QUESTION: 'UNMET_NEED',
  RESOURCE: 'ASSET',
  IDEA: 'OPPORTUNITY',
};

/** The longest title a pre-filled finding gets (the API pre-fills to the same length). */
export const TITLE_MAX = 120;

export interface Draft {
  kind: FindingKindValue;
  title: string;
  statement: string;
}

/**
 * A new finding pre-filled from the contributions chosen, in the order they were chosen: the
 * kind most of them suggest, the first one's start as title, their words quoted as statement.
 */
export function draftFrom(contributions: readonly { kind: string; body: string }[]): Draft {
  const votes = new Map<FindingKindValue, number>();
  for (const c of contributions) {
    const kind = KIND_OF[c.kind] ?? 'UNMET_NEED';
    votes.set(kind, (votes.get(kind) ?? 0) + 1);
  }
  const kind = FINDING_KINDS.reduce((best, k) => ((votes.get(k) ?? 0) > (votes.get(best) ?? 0) ? k : best));
  const first = contributions[0];
  return {
    kind,
    title: first ? excerpt(first.body, TITLE_MAX) : '',
    statement: contributions
      .map((c) =>
        c.body
          .trim()
          .split(/\r?\n/)
          .map((line) => `> ${line}`.trimEnd())
          .join('\n'),
      )
      .join('\n\n'),
  };
}

/** What a form sends as a kind or a priority, if it is one the API knows. */
export function findingKindOf(value: string): FindingKindValue | null {
  return (FINDING_KINDS as readonly string[]).includes(value) ? (value as FindingKindValue) : null;
}

export function priorityOf(value: string): FindingPriorityChoice | null {
  return (FINDING_PRIORITIES as readonly string[]).includes(value) ? (value as FindingPriorityChoice) : null;
}
