import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, openLive, rawId, ROLES, MODERATORS, type Live } from './support-live.js';

/**
 * `viewerSessionMoves` says what those who run the workshop may do to its session now, from the
 * rule the mutations apply: each move listed is accepted, every other one refused. Everyone else
 * is told nothing.
 */
let live: Live;
beforeAll(async () => {
  live = await openLive();
});
afterAll(async () => {
  await live?.close();
});

const knex = () => live.orm.em.getKnex();
const MOVES = `query($id: ID!) { node(id: $id) { ... on Workshop { status viewerSessionMoves viewerCanReopen } } }`;
const MUTATIONS = {
  SCHEDULE: 'scheduleWorkshop',
  OPEN: 'openWorkshop',
  PAUSE: 'pauseWorkshop',
  CLOSE: 'closeWorkshop',
  REOPEN: 'reopenWorkshop',
} as const;
type Move = keyof typeof MUTATIONS;

type State = 'DRAFT' | 'SCHEDULED' | 'LIVE' | 'PAUSED' | 'CLOSED' | 'CLOSED long ago';
const expected: Record<State, Move[]> = {
  DRAFT: ['SCHEDULE'],
  SCHEDULED: ['OPEN'],
  LIVE: ['PAUSE', 'CLOSE'],
  PAUSED: ['OPEN', 'CLOSE'],
  CLOSED: ['REOPEN'],
  'CLOSED long ago': [],
};

/** Puts the live workshop in this state (a closed one closed through the API, then aged). */
async function put(state: State) {
  const id = rawId(live.workshopId);
  await knex()('moderation_action').where({ workshop_id: id, action: 'CLOSE' }).delete();
  if (!state.startsWith('CLOSED')) {
    await knex()('workshop').where({ id }).update({ status: state });
    return;
  }
  await knex()('workshop').where({ id }).update({ status: 'LIVE' });
  await ok(
    live.api.run(
      `mutation($w: ID!) { closeWorkshop(workshopId: $w) { workshop { id } userErrors { field message } } }`,
      {
        w: live.workshopId,
      },
      live.viewers.coordinator,
    ),
    'closeWorkshop',
  );
  if (state === 'CLOSED long ago') {
    await knex()('moderation_action')
      .where({ workshop_id: id, action: 'CLOSE' })
      .update({ created_at: knex().raw(`now() - interval '25 hours'`) });
  }
}

const movesOf = async (role: (typeof ROLES)[number]) =>
  (await live.api.run(MOVES, { id: live.workshopId }, live.viewers[role])).data!.node;

describe.each(Object.keys(expected) as State[])('viewerSessionMoves of a %s session', (state) => {
  beforeAll(() => put(state));

  it.each(MODERATORS)('%s is given the moves the session allows', async (role) => {
    const seen = await movesOf(role);
    expect(seen.viewerSessionMoves).toEqual(expected[state]);
    expect(seen.viewerCanReopen).toBe(expected[state].includes('REOPEN'));
  });

  it.each(ROLES.filter((r) => !MODERATORS.includes(r)))('%s is given none', async (role) => {
    const seen = await movesOf(role);
    // A draft is not even seen by those who do not run it.
    if (state === 'DRAFT' && seen === null) return;
    expect(seen).toMatchObject({ viewerSessionMoves: [], viewerCanReopen: false });
  });

  it('the mutations accept exactly the moves listed', async () => {
    for (const move of Object.keys(MUTATIONS) as Move[]) {
      const name = MUTATIONS[move];
      const result = await live.api.run(
        `mutation($w: ID!) { ${name}(workshopId: $w) { workshop { id } userErrors { code field } } }`,
        { w: live.workshopId },
        live.viewers.coordinator,
      );
      expect(result.errors, `${move}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      const accepted = result.data![name].userErrors.length === 0;
      expect(accepted, `${move} from ${state}`).toBe(expected[state].includes(move));
      if (accepted) await put(state);
    }
  });
});
