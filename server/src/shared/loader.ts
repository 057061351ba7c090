import DataLoader from 'dataloader';

/**
 * Batches every `load(id)` of one tick into one query. `fetch` returns the rows found, in any
 * order; missing ids resolve to null (not visible, or gone).
 */
export function byId<R extends { id: string }>(fetch: (ids: readonly string[]) => PromiseLike<unknown>) {
  return new DataLoader<string, R | null>(async (ids) => {
    const rows = (await fetch(ids)) as R[];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Like `byId`, for one-to-many: each row carries the key it belongs to in `_key`. */
export function grouped<R extends { _key: string }>(fetch: (keys: readonly string[]) => PromiseLike<unknown>) {
  return new DataLoader<string, R[]>(async (keys) => {
    const groups = new Map<string, R[]>(keys.map((key) => [key, []]));
    for (const row of (await fetch(keys)) as R[]) groups.get(row._key)?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** One count per key, from rows of `{ _key, count }` (keys without rows count 0). */
export function countByKey(fetch: (keys: readonly string[]) => PromiseLike<unknown>) {
  return new DataLoader<string, number>(async (keys) => {
    const rows = (await fetch(keys)) as { _key: string; count: string | number }[];
    const counts = new Map(rows.map((row) => [row._key, Number(row.count)]));
    return keys.map((key) => counts.get(key) ?? 0);
  });
}
