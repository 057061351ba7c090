import { oldestFirst, type LiveItem } from './reducer';

/** Items that now meet `where` and did not before the change (newly arrived, or moved into it). */
export function entered<T extends { id: string }>(
  change: { before: readonly T[]; after: readonly T[] },
  where: (item: T) => boolean,
): T[] {
  const already = new Set(change.before.filter(where).map((i) => i.id));
  return change.after.filter((i) => where(i) && !already.has(i.id));
}

/** The replies of each contribution, oldest first: a thread reads in the order it was written. */
export function repliesByParent<T extends LiveItem & { parentId?: string | null }>(
  items: readonly T[],
): Map<string, T[]> {
  const threads = new Map<string, T[]>();
  for (const item of items) {
    if (!item.parentId) continue;
    const replies = threads.get(item.parentId);
    if (replies) replies.push(item);
    else threads.set(item.parentId, [item]);
  }
  for (const replies of threads.values()) replies.sort(oldestFirst);
  return threads;
}

/**
 * The items in the order they had when `frozen` was taken (ids), those that came since at the
 * end. A list someone is typing in keeps still: a moved element would lose the caret.
 */
export function keepOrder<T extends { id: string }>(
  items: readonly T[],
  frozen: readonly string[] | null,
): readonly T[] {
  if (!frozen) return items;
  const rank = new Map(frozen.map((id, index) => [id, index]));
  const known = items.filter((i) => rank.has(i.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...known, ...items.filter((i) => !rank.has(i.id))];
}
