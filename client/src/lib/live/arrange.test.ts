import { describe, expect, it } from 'vitest';
import { entered, keepOrder, repliesByParent } from './arrange';

interface Item {
  id: string;
  pinned: boolean;
  voteCount: number;
  createdAt: string;
  parentId: string | null;
  state: string;
}

const item = (id: string, patch: Partial<Item> = {}): Item => ({
  id,
  pinned: false,
  voteCount: 0,
  createdAt: '2025-10-14T10:00:00.000Z',
  parentId: null,
  state: 'PUBLISHED',
  ...patch,
});
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('entered', () => {
  it('lists what arrived, and what moved into the condition, but not what was already there', () => {
    const before = [item('a', { state: 'PENDING' }), item('b')];
    const after = [item('a', { state: 'PENDING' }), item('b', { state: 'PENDING' }), item('c', { state: 'PENDING' })];
    expect(ids(entered({ before, after }, (i) => i.state === 'PENDING'))).toEqual(['b', 'c']);
  });
});

describe('repliesByParent', () => {
  it('groups replies under their contribution, oldest first, and leaves top-level items out', () => {
    const threads = repliesByParent([
      item('top'),
      item('late', { parentId: 'top', createdAt: '2025-10-14T10:05:00.000Z' }),
      item('early', { parentId: 'top', createdAt: '2025-10-14T10:01:00.000Z' }),
      item('other', { parentId: 'x' }),
    ]);
    expect(ids(threads.get('top') ?? [])).toEqual(['early', 'late']);
    expect(ids(threads.get('x') ?? [])).toEqual(['other']);
    expect(threads.has('late')).toBe(false);
  });
});

describe('keepOrder', () => {
  it('keeps the frozen order, puts newcomers last and drops what left', () => {
    const now = [item('c'), item('a'), item('new'), item('b')];
    expect(ids(keepOrder(now, ['a', 'gone', 'b', 'c']))).toEqual(['a', 'b', 'c', 'new']);
  });

  it('changes nothing when not frozen', () => {
    const now = [item('c'), item('a')];
    expect(keepOrder(now, null)).toBe(now);
  });
});
