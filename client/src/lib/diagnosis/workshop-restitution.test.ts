import { describe, expect, it } from 'vitest';
import { retainedFrom, saidByPrompt } from './workshop-restitution';

const prompts = [
  { id: 'p2', position: 2, question: 'Et demain ?' },
  { id: 'p1', position: 1, question: 'Qu’est-ce qui manque ?' },
];

function said(id: string, patch: Partial<Parameters<typeof saidByPrompt>[0][number]> = {}) {
  return {
    id,
    kind: 'NEED',
    voteCount: 0,
    createdAt: `2026-03-12T17:0${id.length}:00.000Z`,
    moderationState: 'PUBLISHED',
    prompt: { id: 'p1' },
    retainedIn: [] as unknown[],
    ...patch,
  };
}

describe('saidByPrompt', () => {
  const groups = saidByPrompt(
    [
      said('a', { voteCount: 1 }),
      said('b', { voteCount: 5 }),
      said('c', { kind: 'IDEA', prompt: { id: 'p2' } }),
      said('d', { prompt: null, kind: 'QUESTION' }),
      said('e', { moderationState: 'PENDING' }),
      said('f', { prompt: { id: 'gone' }, kind: 'RESOURCE' }),
    ],
    prompts,
  );

  it('follows the questions in order, then what was said outside them', () => {
    expect(groups.map((g) => g.prompt?.id ?? null)).toEqual(['p1', 'p2', null]);
  });

  it('groups by kind in the composer’s order, most supported first, published only', () => {
    expect(groups[0]?.kinds.map((k) => [k.kind, k.items.map((i) => i.id)])).toEqual([['NEED', ['b', 'a']]]);
    expect(groups[2]?.kinds.map((k) => k.kind)).toEqual(['RESOURCE', 'QUESTION']);
  });

  it('leaves out a question nothing published answers', () => {
    expect(saidByPrompt([said('a', { prompt: { id: 'p2' } })], prompts).map((g) => g.prompt?.id)).toEqual(['p2']);
  });
});

describe('retainedFrom', () => {
  it('keeps the published contributions some finding cites', () => {
    const items = [
      said('a', { retainedIn: [{ id: 'f1' }], voteCount: 1 }),
      said('b'),
      said('c', { retainedIn: [{ id: 'f1' }], voteCount: 3 }),
      said('d', { retainedIn: [{ id: 'f2' }], moderationState: 'HIDDEN' }),
    ];
    expect(retainedFrom(items).map((c) => c.id)).toEqual(['c', 'a']);
  });
});
