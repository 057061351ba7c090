import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Database } from '../database.js';
import { openTestDatabase } from '../test-support/database.js';
import { createTestApi } from '../test-support/api.js';
import { personViewer } from '../test-support/viewers.js';
import { createSchema } from '../schema.js';
import { createContext } from '../context.js';
import { anonymous, type Viewer } from '../shared/viewer.js';
import { toGlobalId } from '../shared/ids.js';
import { LiveHub } from './live.hub.js';
import { LocalBus } from './live.bus.js';
import { subscribeShared } from './shared-execution.js';

let db: Database;
let schema: GraphQLSchema;
let workshopId: string;
const hub = new LiveHub(new LocalBus());

beforeAll(async () => {
  db = await openTestDatabase();
  schema = await createSchema();
  const row = (await db.orm.em.getKnex()('workshop').select('id').where('status', 'LIVE').first()) as { id: string };
  workshopId = toGlobalId('Workshop', row.id);
});
afterAll(async () => {
  await hub.close();
  await db?.close();
});

const BOARD = `subscription($w: ID!) { workshopEvents(workshopId: $w) { seq type contribution { body authorName viewerIsAuthor themes { slug } } } }`;
const WITH_REPLIES = `subscription($w: ID!) { workshopEvents(workshopId: $w) { seq contribution { body replies { body } } } }`;

async function subscribe(query: string, viewer: Viewer) {
  const stream = (await subscribeShared({
    schema,
    document: parse(query),
    variableValues: { w: workshopId },
    contextValue: createContext(db.orm.em, viewer, hub),
  })) as AsyncIterableIterator<ExecutionResult>;
  // Skip the presence count each stream starts with.
  await stream.next();
  return stream;
}

describe('shared execution of subscription events', () => {
  it('runs an event once for every viewer it looks the same to, and apart for moderators and other documents', async () => {
    const admin = await personViewer(db.orm, 'admin@demo.quartierlab.fr');
    const first = await subscribe(BOARD, anonymous);
    const second = await subscribe(BOARD, anonymous);
    const moderator = await subscribe(BOARD, admin);
    const nested = await subscribe(WITH_REPLIES, anonymous);
    const nestedToo = await subscribe(WITH_REPLIES, anonymous);

    const api = await createTestApi(db.orm, hub);
    const queue = await api.run<any>(
      `query { workshop(slug: "atelier-mobilite-emploi-en-direct-demo") { moderationQueue { id } } }`,
      {},
      admin,
    );
    const id = queue.data!.workshop.moderationQueue[0].id as string;
    const approved = await api.run<any>(
      `mutation($id: ID!) { approveContribution(id: $id) { userErrors { message } } }`,
      { id },
      admin,
    );
    expect(approved.data!.approveContribution.userErrors).toEqual([]);

    const [a, b, m, n1, n2] = await Promise.all([first, second, moderator, nested, nestedToo].map((s) => s.next()));
    expect(a!.value.data.workshopEvents.type).toBe('CONTRIBUTION_APPROVED');
    expect(b!.value).toBe(a!.value);
    expect(m!.value).not.toBe(a!.value);
    expect(m!.value).toEqual(a!.value);
    // `replies` reads per viewer: never shared.
    expect(n1!.value).not.toBe(n2!.value);
    for (const stream of [first, second, moderator, nested, nestedToo]) await stream.return!();
    await api.stop();
  });
});
