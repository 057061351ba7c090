import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  boardOrder,
  initialState,
  insertIfAbsent,
  liveCounts,
  patchItems,
  removeItem,
  oldestFirst,
  type ListRules,
  type LiveEvent,
  type LiveState,
} from './reducer';

interface Item {
  id: string;
  pinned: boolean;
  voteCount: number;
  createdAt: string;
  state: 'PUBLISHED' | 'PENDING' | 'HIDDEN' | 'MERGED';
  kind: string;
  version: number;
  retainedIn?: { id: string; title: string }[];
}
interface Workshop {
  status: string;
  prompt: string | null;
}

const board: ListRules<Item> = { keep: (i) => i.state === 'PUBLISHED', compare: boardOrder };
const queue: ListRules<Item> = { keep: (i) => i.state === 'PENDING', compare: oldestFirst };

function item(id: string, patch: Partial<Item> = {}): Item {
  return {
    id,
    pinned: false,
    voteCount: 0,
    createdAt: `2025-10-14T10:00:0${id.length % 10}.000Z`,
    state: 'PUBLISHED',
    kind: 'IDEA',
    version: 1,
    ...patch,
  };
}

function start(items: Item[], rules = board, lastSeq = 10): LiveState<Item, Workshop> {
  return initialState({ lastSeq, items, connectedCount: 1, workshop: { status: 'LIVE', prompt: null } }, rules);
}

function event(seq: number, patch: Partial<LiveEvent<Item, Workshop>>): LiveEvent<Item, Workshop> {
  return { seq, type: 'CONTRIBUTION_POSTED', ...patch };
}

const ids = (s: LiveState<Item, Workshop>) => s.items.map((i) => i.id);

describe('applyEvent', () => {
  it('adds a posted contribution and moves lastSeq', () => {
    const s = applyEvent(start([item('a')]), event(11, { contribution: item('b', { voteCount: 2 }) }), board);
    expect(ids(s)).toEqual(['b', 'a']);
    expect(s.lastSeq).toBe(11);
  });

  it('drops duplicates: an event already applied changes nothing', () => {
    const once = applyEvent(start([]), event(11, { contribution: item('b') }), board);
    const twice = applyEvent(once, event(11, { contribution: item('b') }), board);
    expect(twice).toBe(once);
    expect(ids(twice)).toEqual(['b']);
  });

  it('ignores an event older than the last one applied (out of order)', () => {
    const s = start([item('a')], board, 20);
    const after = applyEvent(s, event(15, { contribution: item('late') }), board);
    expect(after).toBe(s);
  });

  it('accepts gaps: events this viewer may not see are not delivered', () => {
    const s = applyEvent(start([]), event(14, { contribution: item('b') }), board);
    expect(s.lastSeq).toBe(14);
    expect(ids(s)).toEqual(['b']);
  });

  it('keeps a pending contribution out of the public list, and adds it when approved', () => {
    let s = applyEvent(start([]), event(11, { contribution: item('p', { state: 'PENDING' }) }), board);
    expect(ids(s)).toEqual([]);
    s = applyEvent(s, event(12, { type: 'CONTRIBUTION_APPROVED', contribution: item('p') }), board);
    expect(ids(s)).toEqual(['p']);
  });

  it('moves an approved contribution out of a queue', () => {
    let s = start([item('p', { state: 'PENDING' }), item('q', { state: 'PENDING' })], queue);
    s = applyEvent(s, event(11, { type: 'CONTRIBUTION_APPROVED', contribution: item('p') }), queue);
    expect(ids(s)).toEqual(['q']);
  });

  it('deletes a removed contribution given only its id', () => {
    const s = applyEvent(
      start([item('a'), item('b')]),
      event(11, { type: 'CONTRIBUTION_REMOVED', contributionId: 'a' }),
      board,
    );
    expect(ids(s)).toEqual(['b']);
  });

  it('deletes a removed contribution given a hidden snapshot', () => {
    const s = applyEvent(
      start([item('a')]),
      event(11, { type: 'CONTRIBUTION_REMOVED', contributionId: 'a', contribution: item('a', { state: 'HIDDEN' }) }),
      board,
    );
    expect(ids(s)).toEqual([]);
  });

  it('merges: removes the duplicate; the one kept is updated by its own vote event', () => {
    let s = start([item('keep', { voteCount: 3 }), item('dup', { voteCount: 2 }), item('other', { voteCount: 4 })]);
    // the public gets only ids; its count is the duplicate's own, never applied to the one kept
    s = applyEvent(
      s,
      event(11, { type: 'CONTRIBUTION_MERGED', contributionId: 'dup', mergedIntoId: 'keep', voteCount: 2 }),
      board,
    );
    expect(ids(s)).toEqual(['other', 'keep']);
    expect(s.items.find((i) => i.id === 'keep')?.voteCount).toBe(3);
    s = applyEvent(s, event(12, { type: 'CONTRIBUTION_VOTED', contributionId: 'keep', voteCount: 5 }), board);
    expect(ids(s)).toEqual(['keep', 'other']);
    expect(s.items[0]?.voteCount).toBe(5);
  });

  it('merges: a coordinator’s snapshot of the duplicate (state MERGED) leaves every list', () => {
    const everything: ListRules<Item> = { keep: (i) => i.state !== 'MERGED', compare: boardOrder };
    const s = applyEvent(
      start([item('keep'), item('dup')], everything),
      event(11, {
        type: 'CONTRIBUTION_MERGED',
        contributionId: 'dup',
        mergedIntoId: 'keep',
        contribution: item('dup', { state: 'MERGED' }),
      }),
      everything,
    );
    expect(ids(s)).toEqual(['keep']);
  });

  it('updates a vote count and re-orders', () => {
    const s = applyEvent(
      start([item('a', { voteCount: 2 }), item('b', { voteCount: 1 })]),
      event(11, { type: 'CONTRIBUTION_VOTED', contributionId: 'b', voteCount: 3 }),
      board,
    );
    expect(ids(s)).toEqual(['b', 'a']);
    expect(s.items[0]?.voteCount).toBe(3);
  });

  it('takes the version of each snapshot (an edit form sends it); a count without one keeps it', () => {
    let s = start([item('a')]);
    s = applyEvent(s, event(11, { type: 'CONTRIBUTION_EDITED', contribution: item('a', { version: 2 }) }), board);
    expect(s.items[0]?.version).toBe(2);
    s = applyEvent(
      s,
      event(12, { type: 'CONTRIBUTION_PINNED', contribution: item('a', { pinned: true, version: 3 }) }),
      board,
    );
    s = applyEvent(s, event(13, { type: 'CONTRIBUTION_VOTED', contributionId: 'a', voteCount: 4 }), board);
    expect(s.items[0]).toMatchObject({ version: 3, voteCount: 4, pinned: true });
  });

  it('marks a contribution retained in a finding, and unmarks it when detached, in its place', () => {
    const finding = { id: 'f1', title: 'Se déplacer le soir' };
    let s = start([item('a', { voteCount: 3 }), item('b', { voteCount: 1 })]);
    s = applyEvent(
      s,
      event(11, { type: 'CONTRIBUTION_RETAINED', contribution: item('b', { voteCount: 1, retainedIn: [finding] }) }),
      board,
    );
    expect(ids(s)).toEqual(['a', 'b']);
    expect(s.items[1]?.retainedIn).toEqual([finding]);
    expect(s.lastSeq).toBe(11);
    s = applyEvent(
      s,
      event(12, { type: 'CONTRIBUTION_RETAINED', contribution: item('b', { voteCount: 1, retainedIn: [] }) }),
      board,
    );
    expect(s.items[1]?.retainedIn).toEqual([]);
    // replayed after the detachment: already applied, changes nothing
    const replayed = applyEvent(
      s,
      event(11, { type: 'CONTRIBUTION_RETAINED', contribution: item('b', { retainedIn: [finding] }) }),
      board,
    );
    expect(replayed).toBe(s);
  });

  it('moves on without a snapshot of a retained contribution this viewer may not see', () => {
    const s = start([item('a')]);
    const after = applyEvent(s, event(11, { type: 'CONTRIBUTION_RETAINED', contributionId: 'hidden' }), board);
    expect(ids(after)).toEqual(['a']);
    expect(after.lastSeq).toBe(11);
  });

  it('puts a pinned contribution first, and back in its place when unpinned', () => {
    let s = start([item('a', { voteCount: 5 }), item('b', { voteCount: 0 })]);
    s = applyEvent(s, event(11, { type: 'CONTRIBUTION_PINNED', contribution: item('b', { pinned: true }) }), board);
    expect(ids(s)).toEqual(['b', 'a']);
    s = applyEvent(s, event(12, { type: 'CONTRIBUTION_PINNED', contribution: item('b', { pinned: false }) }), board);
    expect(ids(s)).toEqual(['a', 'b']);
  });

  it('orders equal votes newest first', () => {
    const s = start([
      item('old', { createdAt: '2025-10-14T09:00:00.000Z' }),
      item('new', { createdAt: '2025-10-14T11:00:00.000Z' }),
    ]);
    expect(ids(s)).toEqual(['new', 'old']);
  });

  it('updates the connected count from presence without moving lastSeq, even on a repeated seq', () => {
    const s = start([], board, 10);
    const after = applyEvent(s, event(10, { type: 'PRESENCE', connectedCount: 7 }), board);
    expect(after.connectedCount).toBe(7);
    expect(after.lastSeq).toBe(10);
    // a presence repeating a seq not yet received must not hide that event
    const ahead = applyEvent(after, event(12, { type: 'PRESENCE', connectedCount: 8 }), board);
    expect(ahead.lastSeq).toBe(10);
    const posted = applyEvent(ahead, event(12, { contribution: item('b') }), board);
    expect(ids(posted)).toEqual(['b']);
  });

  it('follows the workshop state', () => {
    const s = applyEvent(
      start([]),
      event(11, { type: 'WORKSHOP_STATUS_CHANGED', workshop: { status: 'PAUSED', prompt: 'Q' } }),
      board,
    );
    expect(s.workshop).toEqual({ status: 'PAUSED', prompt: 'Q' });
  });
});

describe('insertIfAbsent', () => {
  it('adds what the viewer posted, but never over a newer snapshot from the stream', () => {
    const mine: ListRules<Item> = { keep: (i) => i.state !== 'HIDDEN', compare: boardOrder };
    let s = start([], mine);
    s = applyEvent(s, event(11, { type: 'CONTRIBUTION_APPROVED', contribution: item('m') }), mine);
    const again = insertIfAbsent(s, item('m', { state: 'PENDING' }), mine);
    expect(again).toBe(s);
    const other = insertIfAbsent(s, item('n', { state: 'PENDING' }), mine);
    expect(ids(other)).toContain('n');
  });
});

describe('removeItem', () => {
  it('takes out what the viewer withdrew, and changes nothing for an id not in the list', () => {
    const s = start([item('a'), item('b')]);
    expect(ids(removeItem(s, 'a'))).toEqual(['b']);
    expect(removeItem(s, 'zzz')).toBe(s);
  });
});

describe('patchItems', () => {
  it('merges what was read again into the items it belongs to, and keeps the rest as it was', () => {
    const s = start([item('a', { voteCount: 3 }), item('b')]);
    const rows: Pick<Item, 'id' | 'kind'>[] = [
      { id: 'a', kind: 'NEED' },
      { id: 'gone', kind: 'NEED' },
    ];
    const patched = patchItems(s, rows);
    expect(patched.items.find((i) => i.id === 'a')).toMatchObject({ kind: 'NEED', voteCount: 3 });
    expect(patched.items.find((i) => i.id === 'b')?.kind).toBe('IDEA');
    expect(patchItems(s, [{ id: 'gone' }])).toBe(s);
  });
});

describe('liveCounts', () => {
  it('moves the server totals by what changed in the list', () => {
    const before = [item('a', { kind: 'IDEA' }), item('b', { kind: 'NEED' })];
    const after = [item('b', { kind: 'NEED' }), item('c', { kind: 'NEED' }), item('d', { kind: 'QUESTION' })];
    const counts = liveCounts(
      new Map([
        ['IDEA', 10],
        ['NEED', 4],
      ]),
      before,
      after,
      (i) => [i.kind],
    );
    expect(Object.fromEntries(counts)).toEqual({ IDEA: 9, NEED: 5, QUESTION: 1 });
  });
});
