import { CONTRIBUTION_KINDS } from '$lib/live/contribution';

/** What a workshop's restitution reads of a contribution. */
export interface SaidItem {
  id: string;
  kind: string;
  voteCount: number;
  createdAt: string;
  moderationState: string;
  prompt?: { id: string } | null;
  retainedIn: readonly unknown[];
}

/** Most supported first; then the earliest, as it was said. */
export function mostSupported(a: SaidItem, b: SaidItem): number {
  if (a.voteCount !== b.voteCount) return b.voteCount - a.voteCount;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface PromptGroup<T, P> {
  /** The question answered, or null for what was said outside the questions. */
  prompt: P | null;
  kinds: { kind: string; items: T[] }[];
}

/**
 * What was said, question by question in the workshop's order, then by kind, most supported
 * first; only what is published (a board also lists the viewer's own waiting contributions).
 */
export function saidByPrompt<T extends SaidItem, P extends { id: string; position: number }>(
  items: readonly T[],
  prompts: readonly P[],
): PromptGroup<T, P>[] {
  const published = items.filter((c) => c.moderationState === 'PUBLISHED');
  const ordered = [...prompts].sort((a, b) => a.position - b.position);
  const known = new Set(ordered.map((p) => p.id));
  const groups = [
    ...ordered.map((prompt) => ({ prompt, items: published.filter((c) => c.prompt?.id === prompt.id) })),
    { prompt: null, items: published.filter((c) => !c.prompt || !known.has(c.prompt.id)) },
  ];
  return groups
    .map(({ prompt, items: said }) => ({
      prompt,
      kinds: CONTRIBUTION_KINDS.map((kind) => ({
        kind,
        items: said.filter((c) => c.kind === kind).sort(mostSupported),
      })).filter((k) => k.items.length > 0),
    }))
    .filter((g) => g.kinds.length > 0);
}

/** The published contributions the diagnosis retained, most supported first. */
export function retainedFrom<T extends SaidItem>(items: readonly T[]): T[] {
  return items.filter((c) => c.moderationState === 'PUBLISHED' && c.retainedIn.length > 0).sort(mostSupported);
}
