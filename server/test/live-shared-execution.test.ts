import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { createTestApi } from '../src/test-support/api.js';
import { factories } from '../src/test-support/factories/index.js';
import { createSchema } from '../src/schema.js';
import { createContext } from '../src/context.js';
import { streamKinds } from '../src/features.js';
import { anonymous, type Viewer } from '../src/shared/viewer.js';
import { toGlobalId } from '../src/shared/ids.js';
import { LiveHub } from '../src/live/live.hub.js';
import { LocalBus } from '../src/live/live.bus.js';
import { sharedExecution } from '../src/live/shared-execution.js';

let db: Database;
let schema: GraphQLSchema;
let workshopId: string;
let workshopSlug: string;
let admin: Viewer;
const hub = new LiveHub(new LocalBus(), streamKinds);
const subscribeShared = sharedExecution(streamKinds.shareable).subscribe;

beforeAll(async () => {
  db = await openTestDatabase();
  schema = await createSchema();
  const make = factories(db.orm);
  const workshop = await make.workshop({ status: 'LIVE' });
  await make.contribution(workshop.id, { state: 'PENDING' });
  workshopId = toGlobalId('Workshop', workshop.id);
  workshopSlug = workshop.slug;
  admin = await (await make.person({ role: 'ADMIN' })).viewer();
});
afterAll(async () => {
  await hub.close();
  await db?.close();
});

const BOARD = `subscription($w: ID!) { workshopEvents(workshopId: $w) { seq type contribution { body authorName viewerIsAuthor themes { slug } } } }`;
const WITH_REPLIES = `subscription($w: ID!) { workshopEvents(workshopId: $w) { seq type contribution { body replies { body } } } }`;

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

/**
 * The next event that is not a presence count: each new subscriber changes the count, and on a
 * busy machine that update may come after the subscriber's first one.
 */
async function nextEvent(stream: AsyncIterableIterator<ExecutionResult>) {
  for (;;) {
    const next = await stream.next();
    if ((next.value as ExecutionResult<any> | undefined)?.data?.workshopEvents?.type !== 'PRESENCE') return next;
  }
}

describe('shared execution of subscription events', () => {
  it('runs an event once for every viewer it looks the same to, and apart for moderators and other documents', async () => {
    const first = await subscribe(BOARD, anonymous);
    const second = await subscribe(BOARD, anonymous);
    const moderator = await subscribe(BOARD, admin);
    const nested = await subscribe(WITH_REPLIES, anonymous);
    const nestedToo = await subscribe(WITH_REPLIES, anonymous);

    const api = await createTestApi(db.orm, hub);
    const queue = await api.run<any>(
      `query($slug: String!) { workshop(slug: $slug) { moderationQueue { id } } }`,
      { slug: workshopSlug },
      admin,
    );
    const id = queue.data!.workshop.moderationQueue[0].id as string;
    const approved = await api.run<any>(
      `mutation($id: ID!) { approveContribution(id: $id) { userErrors { message } } }`,
      { id },
      admin,
    );
    expect(approved.data!.approveContribution.userErrors).toEqual([]);

    const [a, b, m, n1, n2] = await Promise.all([first, second, moderator, nested, nestedToo].map(nextEvent));
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
