import { describe, expect, it } from 'vitest';
import { inPickedOrder, toggled } from './picks';

describe('toggled', () => {
  it('adds a tick last and removes an untick, wherever it was', () => {
    expect(toggled([], 'C1', true)).toEqual(['C1']);
    expect(toggled(['C1'], 'C2', true)).toEqual(['C1', 'C2']);
    expect(toggled(['C1', 'C2', 'C3'], 'C2', false)).toEqual(['C1', 'C3']);
    expect(toggled(['C1'], 'C9', false)).toEqual(['C1']);
  });

  it('moves an id ticked again to the end, never twice in the list', () => {
    expect(toggled(['C1', 'C2'], 'C1', true)).toEqual(['C2', 'C1']);
  });
});

describe('inPickedOrder', () => {
  const items = [
    { id: 'C1', kind: 'NEED', body: 'Un' },
    { id: 'C2', kind: 'IDEA', body: 'Deux' },
    { id: 'C3', kind: 'RESOURCE', body: 'Trois' },
  ];

  it('gives the contributions in the order they were ticked, not the order of the list', () => {
    expect(inPickedOrder(['C3', 'C1'], items).map((c) => c.id)).toEqual(['C3', 'C1']);
  });

  it('leaves out ids no longer listed, and repeated ones', () => {
    expect(inPickedOrder(['C9', 'C2', 'C2'], items).map((c) => c.id)).toEqual(['C2']);
    expect(inPickedOrder([], items)).toEqual([]);
  });
});
