import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../src/test-support/api.js';
import { changedTables, gid, openLive, rawId, snapshot, type Live, type Role } from './support-live.js';

/**
 * No FORBIDDEN/NOT_FOUND oracle: for every mutation that takes a contribution's id, someone who
 * may not see a contribution (waiting, hidden, withdrawn, merged) gets word for word the answer
 * they get for an id that names nothing — and nothing is written either way.
 */

let live: Live;
/** Contributions the roles below may not see, by someone who is none of them. */
const hidden = {} as Record<'pending' | 'hidden' | 'withdrawn' | 'merged', string>;
let published: string;
const missing = gid('Contribution', randomUUID());

beforeAll(async () => {
  live = await openLive({ mode: 'OPEN' });
  const workshopId = rawId(live.workshopId);
  const author = live.viewers.helper;
  const make = (state: 'PUBLISHED' | 'PENDING' | 'HIDDEN' | 'WITHDRAWN' | 'MERGED') =>
    live.make.contribution(workshopId, { author, state }).then((id) => gid('Contribution', id));
  published = await make('PUBLISHED');
  hidden.pending = await make('PENDING');
  hidden.hidden = await make('HIDDEN');
  hidden.withdrawn = await make('WITHDRAWN');
  hidden.merged = await make('MERGED');
});
afterAll(async () => {
  await live?.close();
});

const payload = '{ contribution { id body } userErrors { code field message } }';
const byId =
  (field: string, args = '', params = '') =>
  (id: string) =>
    [`mutation($id: ID!${params}) { r: ${field}(id: $id${args}) ${payload} }`, { id }] as const;

/** Every mutation taking a contribution's id, with valid other arguments. */
const MUTATIONS: Record<string, (id: string) => readonly [string, Record<string, unknown>]> = {
  editContribution: byId('editContribution', ', body: "Réécrit"'),
  withdrawContribution: byId('withdrawContribution'),
  voteContribution: byId('voteContribution'),
  unvoteContribution: byId('unvoteContribution'),
  reportContribution: byId('reportContribution', ', reason: "Par curiosité"'),
  approveContribution: byId('approveContribution'),
  hideContribution: byId('hideContribution', ', reason: "Par curiosité"'),
  restoreContribution: byId('restoreContribution'),
  pinContribution: byId('pinContribution'),
  unpinContribution: byId('unpinContribution'),
  markContributionAddressed: byId('markContributionAddressed'),
  tagContribution: byId('tagContribution', ', themeSlugs: $themes', ', $themes: [String!]!'),
  'mergeContributions (duplicate)': (id) => [
    `mutation($keep: ID!, $id: ID!) { r: mergeContributions(keepId: $keep, duplicateId: $id) ${payload} }`,
    { keep: published, id },
  ],
  'mergeContributions (kept)': (id) => [
    `mutation($dup: ID!, $id: ID!) { r: mergeContributions(keepId: $id, duplicateId: $dup) ${payload} }`,
    { dup: published, id },
  ],
  'postContribution (reply)': (id) => [
    `mutation($input: PostContributionInput!) { r: postContribution(input: $input) ${payload} }`,
    { input: { workshopId: live.workshopId, kind: 'NEED', body: 'Une réponse', parentId: id } },
  ],
};

/** What the viewer learns from an answer: its errors (code and words) and its payload. */
const answer = (result: Result<any>) => ({
  errors: result.errors?.map((e) => ({ code: e.extensions?.code, message: e.message })),
  r: result.data?.r ?? null,
});

async function run(name: string, id: string, role: Role) {
  const [query, variables] = MUTATIONS[name]!(id);
  return answer(await live.api.run(query, { themes: [live.themes[0]], ...variables }, live.viewers[role]));
}

const STRANGERS: Role[] = ['anonymous', 'guest', 'guestOther', 'resident', 'stakeholder', 'otherCoordinator'];

describe.each(STRANGERS)('as %s', (role) => {
  it.each(Object.keys(MUTATIONS))('%s answers about a contribution you may not see as about none', async (name) => {
    const before = await snapshot(live.orm);
    const none = await run(name, missing, role);
    for (const [state, id] of Object.entries(hidden)) {
      expect(await run(name, id, role), `${name} on the ${state} one, as ${role}`).toEqual(none);
    }
    expect(none.r?.contribution ?? null).toBeNull();
    expect(changedTables(before, await snapshot(live.orm))).toEqual([]);
  });
});

describe('the answers differ for those who may see them (the check above is not vacuous)', () => {
  it.each(['coordinator', 'admin'] as const)('as %s', async (role) => {
    const none = await run('restoreContribution', missing, role);
    const restored = await run('restoreContribution', hidden.hidden, role);
    expect(restored).not.toEqual(none);
    expect(restored.r?.contribution?.id).toBe(hidden.hidden);
    await live.api.run(
      `mutation($id: ID!) { hideContribution(id: $id, reason: "Remis comme avant") { userErrors { code } } }`,
      { id: hidden.hidden },
      live.viewers[role],
    );
  });

  it('as the author of a waiting one', async () => {
    const author = await live.make.guest(rawId(live.workshopId));
    const own = gid('Contribution', await live.make.contribution(rawId(live.workshopId), { author, state: 'PENDING' }));
    const [query, variables] = MUTATIONS.editContribution!(own);
    const result = answer(await live.api.run(query, variables, author));
    expect(result.errors).toBeUndefined();
    expect(result.r.userErrors).toEqual([]);
  });
});
