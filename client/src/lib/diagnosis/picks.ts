/**
 * How many of the consultation's contributions the diagnosis page lists for promotion (the most
 * supported): its document asks for `contributions(first: 100)`.
 */
export const CONSULTATION_PICKS_MAX = 100;

/** The ids ticked for a promotion, kept in the order they were ticked (the pre-fill follows it). */
export function toggled(picked: readonly string[], id: string, on: boolean): string[] {
  const others = picked.filter((p) => p !== id);
  return on ? [...others, id] : others;
}

/**
 * The contributions ticked, in the order they were ticked; an id no longer listed (withdrawn,
 * hidden since the page was drawn) is left out.
 */
export function inPickedOrder<T extends { id: string }>(picked: readonly string[], items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return [...new Set(picked)].flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
}
