import type { WorkshopEventType } from '$lib/graphql/generated/graphql';

/** What the reducer reads of a contribution; each page selects the rest in its own fragment. */
export interface LiveItem {
  id: string;
  pinned: boolean;
  voteCount: number;
  createdAt: string;
}

/**
 * One event of a workshop's stream, with the contribution snapshot already unmasked. `W` is the
 * part of the workshop's state the page follows (status, prompt, mode, join code).
 */
export interface LiveEvent<T, W> {
  seq: number;
  type: WorkshopEventType;
  contributionId?: string | null;
  contribution?: T | null;
  mergedIntoId?: string | null;
  voteCount?: number | null;
  workshop?: W | null;
  connectedCount?: number | null;
}

export interface LiveState<T, W> {
  /** The seq of the last stored event applied: the next subscription asks for what follows. */
  lastSeq: number;
  items: readonly T[];
  connectedCount: number;
  workshop: W;
}

export interface ListRules<T> {
  /** Whether a snapshot belongs in this list (its state, not a reply…); otherwise it leaves. */
  keep(item: T): boolean;
  compare(a: T, b: T): number;
}

/** Pinned first, then the most supported, then the newest; the id breaks ties so the order is stable. */
export function boardOrder(a: LiveItem, b: LiveItem): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  if (a.voteCount !== b.voteCount) return b.voteCount - a.voteCount;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A moderation queue: the oldest waiting first. */
export function oldestFirst(a: LiveItem, b: LiveItem): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The starting state, from the server-rendered page. */
export function initialState<T extends LiveItem, W>(
  input: { lastSeq: number; items: readonly T[]; connectedCount: number; workshop: W },
  rules: ListRules<T>,
): LiveState<T, W> {
  return { ...input, items: input.items.filter((i) => rules.keep(i)).sort(rules.compare) };
}

function without<T extends LiveItem>(items: readonly T[], id: string | null | undefined): readonly T[] {
  return id && items.some((i) => i.id === id) ? items.filter((i) => i.id !== id) : items;
}

/** Puts the snapshot in place of the item with its id, or takes it out when the list does not keep it. */
function place<T extends LiveItem>(items: readonly T[], snapshot: T, rules: ListRules<T>): readonly T[] {
  const rest = without(items, snapshot.id);
  return rules.keep(snapshot) ? [...rest, snapshot].sort(rules.compare) : rest;
}

function withVoteCount<T extends LiveItem>(
  items: readonly T[],
  id: string | null | undefined,
  count: number | null | undefined,
  rules: ListRules<T>,
): readonly T[] {
  if (!id || count === null || count === undefined) return items;
  const item = items.find((i) => i.id === id);
  if (!item || item.voteCount === count) return items;
  return items.map((i) => (i.id === id ? { ...i, voteCount: count } : i)).sort(rules.compare);
}

/**
 * Applies one event of the stream. Delivery is at least once and replays overlap the live
 * stream, so an event whose seq is not after the last one applied changes nothing. PRESENCE
 * events repeat the last stored seq and only carry the connected count: they never move `lastSeq`
 * (a presence could overtake the stored event whose seq it repeats).
 */
export function applyEvent<T extends LiveItem, W>(
  state: LiveState<T, W>,
  event: LiveEvent<T, W>,
  rules: ListRules<T>,
): LiveState<T, W> {
  if (event.type === 'PRESENCE') {
    const count = event.connectedCount;
    return count === null || count === undefined || count === state.connectedCount
      ? state
      : { ...state, connectedCount: count };
  }
  if (event.seq <= state.lastSeq) return state;
  const next: LiveState<T, W> = { ...state, lastSeq: event.seq };
  const snapshot = event.contribution ?? null;

  switch (event.type) {
    case 'WORKSHOP_STATUS_CHANGED':
    case 'WORKSHOP_PROMPT_CHANGED':
    case 'WORKSHOP_MODE_CHANGED':
      return event.workshop ? { ...next, workshop: { ...state.workshop, ...event.workshop } } : next;

    case 'CONTRIBUTION_REMOVED':
      // Coordinators get the hidden snapshot (a console may list it); everyone else only the id.
      return {
        ...next,
        items: snapshot ? place(state.items, snapshot, rules) : without(state.items, event.contributionId),
      };

    case 'CONTRIBUTION_MERGED': {
      // The duplicate goes. Its snapshot (coordinators) says MERGED, which no list keeps; the
      // one kept gets its new count from its own CONTRIBUTION_VOTED event.
      const items = without(state.items, event.contributionId);
      return {
        ...next,
        items: snapshot && snapshot.id !== event.contributionId ? place(items, snapshot, rules) : items,
      };
    }

    case 'CONTRIBUTION_VOTED':
      return {
        ...next,
        items: snapshot
          ? place(state.items, snapshot, rules)
          : withVoteCount(state.items, event.contributionId, event.voteCount, rules),
      };

    case 'CONTRIBUTION_POSTED':
    case 'CONTRIBUTION_APPROVED':
    case 'CONTRIBUTION_EDITED':
    case 'CONTRIBUTION_RESTORED':
    case 'CONTRIBUTION_PINNED':
    case 'CONTRIBUTION_ADDRESSED':
    case 'CONTRIBUTION_TAGGED':
    case 'CONTRIBUTION_REPORTED':
    case 'CONTRIBUTION_RETAINED':
      // The snapshot says it all (for RETAINED: a finding started or stopped citing it, and the
      // snapshot carries its `retainedIn` as it now is). Without one (not visible to this viewer) there is nothing to show.
      return snapshot ? { ...next, items: place(state.items, snapshot, rules) } : next;
  }
}

/**
 * Adds an item this viewer just posted (the mutation's answer), unless the stream already
 * brought it: the stream's snapshot is newer (it may already be approved).
 */
export function insertIfAbsent<T extends LiveItem, W>(
  state: LiveState<T, W>,
  item: T,
  rules: ListRules<T>,
): LiveState<T, W> {
  if (state.items.some((i) => i.id === item.id) || !rules.keep(item)) return state;
  return { ...state, items: [...state.items, item].sort(rules.compare) };
}

/** Takes out an item this viewer just withdrew: the stream may have nothing to tell its author. */
export function removeItem<T extends LiveItem, W>(state: LiveState<T, W>, id: string): LiveState<T, W> {
  const items = without(state.items, id);
  return items === state.items ? state : { ...state, items };
}

/**
 * Merges fields read again (this viewer's rights, once the session is live again) into the items
 * they belong to; the rest of each item, as the stream left it, is kept. The rows are read with
 * a fragment the items' own fragment includes, so they bring fields the items have.
 */
export function patchItems<T extends LiveItem, W>(
  state: LiveState<T, W>,
  rows: readonly { id: string }[],
): LiveState<T, W> {
  const fresh = new Map(rows.map((row) => [row.id, row]));
  if (!state.items.some((i) => fresh.has(i.id))) return state;
  return { ...state, items: state.items.map((i) => (fresh.has(i.id) ? { ...i, ...fresh.get(i.id) } : i)) };
}

/** How many items per key (a kind, a theme); an item counts once for each of its keys. */
export function countBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Live counts: the server's totals at page load, moved by what changed in the list since.
 * The list may be a first page of a large workshop; the difference still counts every change.
 */
export function liveCounts<T>(
  base: ReadonlyMap<string, number>,
  initialItems: readonly T[],
  currentItems: readonly T[],
  keys: (item: T) => readonly string[],
): Map<string, number> {
  const result = new Map(base);
  const before = countBy(initialItems, keys);
  const after = countBy(currentItems, keys);
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const value = (result.get(key) ?? 0) + (after.get(key) ?? 0) - (before.get(key) ?? 0);
    result.set(key, Math.max(0, value));
  }
  return result;
}
