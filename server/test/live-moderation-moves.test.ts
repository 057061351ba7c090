import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, MODERATORS, OPS, ROLES, rawId, openLive, type Live } from './support-live.js';

/**
 * `viewerModerationMoves` says what those who run the workshop may do to a contribution now,
 * from the rule the mutations apply: each move listed is accepted, every other one refused.
 * Everyone else is told nothing.
 */
let live: Live;
beforeAll(async () => {
  live = await openLive();
});
afterAll(async () => {
  await live?.close();
});

const MOVES = `query($id: ID!) { node(id: $id) { ... on Contribution { moderationState viewerModerationMoves } } }`;
const MUTATIONS = {
  APPROVE: 'approve',
  PIN: 'pin',
  UNPIN: 'unpin',
  ADDRESS: 'address',
  RESTORE: 'restore',
  HIDE: 'hide',
  TAG: 'tag',
} as const;
type Move = keyof typeof MUTATIONS;

type State = 'PENDING' | 'PUBLISHED' | 'PUBLISHED pinned' | 'PUBLISHED addressed' | 'HIDDEN' | 'PUBLISHED reply';
const expected: Record<State, Move[]> = {
  PENDING: ['APPROVE', 'HIDE', 'TAG'],
  PUBLISHED: ['PIN', 'ADDRESS', 'HIDE', 'TAG'],
  'PUBLISHED pinned': ['UNPIN', 'ADDRESS', 'HIDE', 'TAG'],
  'PUBLISHED addressed': ['PIN', 'HIDE', 'TAG'],
  HIDDEN: ['RESTORE', 'TAG'],
  'PUBLISHED reply': ['HIDE'],
};

/** A new contribution of the live workshop, put in this state. */
async function make(state: State): Promise<string> {
  const workshopId = rawId(live.workshopId);
  const author = live.viewers.helper;
  const parentId = state === 'PUBLISHED reply' ? await live.make.contribution(workshopId, { author }) : undefined;
  const [moderationState] = state.split(' ') as ['PENDING' | 'PUBLISHED' | 'HIDDEN'];
  const hiddenReason = state === 'HIDDEN' ? 'Hors sujet' : undefined;
  const id = await live.make.contribution(workshopId, { author, state: moderationState, parentId, hiddenReason });
  await live.orm.em
    .getKnex()('contribution')
    .where({ id })
    .update({
      pinned: state === 'PUBLISHED pinned',
      addressed_at: state === 'PUBLISHED addressed' ? new Date() : null,
    });
  return gid('Contribution', id);
}

const variables = (id: string) => ({ id, reason: 'Hors sujet', themeSlugs: [live.themes[0]] });

describe.each(Object.keys(expected) as State[])('viewerModerationMoves of a %s contribution', (state) => {
  let id: string;
  beforeAll(async () => {
    id = await make(state);
  });

  it.each(MODERATORS)('%s is given the moves it allows', async (role) => {
    const seen = (await live.api.run(MOVES, { id }, live.viewers[role])).data!.node;
    expect(seen.viewerModerationMoves).toEqual(expected[state]);
  });

  it.each(ROLES.filter((r) => !MODERATORS.includes(r)))('%s is given none', async (role) => {
    const seen = (await live.api.run(MOVES, { id }, live.viewers[role])).data?.node;
    // Those who do not run the workshop may not even see it.
    if (seen) expect(seen.viewerModerationMoves).toEqual([]);
  });

  it.each(Object.keys(MUTATIONS) as Move[])('its mutation accepts %s exactly when listed', async (move) => {
    const target = await make(state);
    const op = OPS[MUTATIONS[move]];
    const field = /\{ (\w+)\(/.exec(op)![1]!;
    const result = await live.api.run(op, variables(target), live.viewers.coordinator);
    expect(result.errors, `${move}: ${JSON.stringify(result.errors)}`).toBeUndefined();
    const accepted = result.data![field].userErrors.length === 0;
    expect(accepted, `${move} on ${state}`).toBe(expected[state].includes(move));
  });
});
