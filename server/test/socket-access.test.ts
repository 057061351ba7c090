import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../src/test-support/server.js';
import { personViewer } from '../src/test-support/viewers.js';
import { gid, ok, openLive, postPending, unique, type Live } from './support-live.js';
import { QUEUE_EVENTS, WORKSHOP_EVENTS, codeOf, collect, connect, type Collected } from './support-ws.js';

/**
 * A socket's rights are read when it opens; these tests take them away while it is open and
 * expect the socket closed within a few seconds, on this node and on another one.
 */
const bound = 5000;

let live: Live;
let server: TestServer;
let other: TestServer | undefined;
const redisUrl = process.env.REDIS_URL;

beforeAll(async () => {
  live = await openLive({ server: true, mode: 'STRICT' });
  server = live.server!;
  // A second node on the same database; with REDIS_URL it hears the first through Redis.
  other = await startTestServer(live.orm, { redisUrl });
});
afterAll(async () => {
  await other?.stop();
  await live?.close();
});

async function coordinatorSocket(on: TestServer = server) {
  const viewer = await personViewer(live.orm, live.emails.coordinator);
  const cookie = await on.cookieFor(viewer);
  const client = connect(on.wsUrl, cookie);
  const queue = collect(client, QUEUE_EVENTS, { workshopId: live.workshopId, afterSeq: null });
  const stream = collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId, afterSeq: null });
  // Both streams answer with a presence event once they follow live.
  await stream.until((s) => s.events.length > 0, 'the workshop stream to start');
  return { client, cookie, queue, stream, viewer };
}

const closedWith4403 = (c: Collected) => c.errors.some((e: { code?: unknown }) => e?.code === 4403);

async function expectClosedAndDeaf(socket: Awaited<ReturnType<typeof coordinatorSocket>>, what: string) {
  const started = Date.now();
  await socket.queue.until(closedWith4403, `${what}: the socket closed`, bound);
  expect(Date.now() - started).toBeLessThanOrEqual(bound);
  const before = socket.queue.events.length;
  const body = unique('pending after revocation');
  await postPending(live, live.viewers.guest, body);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(JSON.stringify(socket.queue.events.slice(before)), `${what}: nothing more arrives`).not.toContain(body);
  await socket.client.dispose();
}

const graphql = async (url: string, query: string, variables: Record<string, unknown>, cookie: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as any;
};

describe('open sockets lose the rights their session lost', () => {
  it('signing out closes the sockets of that session', async () => {
    const socket = await coordinatorSocket();
    const kept = await coordinatorSocket();
    await graphql(server.url, 'mutation { signOut }', {}, socket.cookie);
    await expectClosedAndDeaf(socket, 'sign-out');
    // Another session of the same person is not signed out.
    expect(closedWith4403(kept.queue)).toBe(false);
    await kept.client.dispose();
  });

  it('an expired session closes its socket', async () => {
    const socket = await coordinatorSocket();
    await live.orm.em
      .getKnex()('session')
      .where('person_id', (socket.viewer as any).personId)
      .update({
        expires_at: new Date(Date.now() - 1000),
      });
    await expectClosedAndDeaf(socket, 'expiry');
  });

  it('being taken off the workshop closes the coordinator’s socket; the new one has no queue', async () => {
    const socket = await coordinatorSocket();
    const personId = gid('Person', (socket.viewer as any).personId);
    const UNASSIGN = `mutation($w: ID!, $p: ID!) { unassignCoordinator(workshopId: $w, personId: $p) { userErrors { message } } }`;
    const ASSIGN = UNASSIGN.replace(/unassignCoordinator/g, 'assignCoordinator');
    await ok(live.api.run(UNASSIGN, { w: live.workshopId, p: personId }, live.viewers.admin), 'unassignCoordinator');
    try {
      await expectClosedAndDeaf(socket, 'unassignment');
      const again = connect(server.wsUrl, socket.cookie);
      const queue = collect(again, QUEUE_EVENTS, { workshopId: live.workshopId, afterSeq: null });
      await queue.until((q) => q.errors.length > 0, 'a refusal');
      expect(codeOf(queue.errors[0])).toBe('FORBIDDEN');
      await again.dispose();
    } finally {
      await ok(live.api.run(ASSIGN, { w: live.workshopId, p: personId }, live.viewers.admin), 'assignCoordinator');
    }
  });

  it('a demotion to resident closes the socket, on another node too', async () => {
    const here = await coordinatorSocket();
    const there = await coordinatorSocket(other);
    const GRANT = `mutation($p: ID!, $r: PlatformRole!) { grantRole(personId: $p, role: $r) { userErrors { message } } }`;
    const personId = gid('Person', (here.viewer as any).personId);
    await ok(live.api.run(GRANT, { p: personId, r: 'RESIDENT' }, live.viewers.admin), 'grantRole');
    try {
      await Promise.all([expectClosedAndDeaf(here, 'demotion, this node'), expectClosedAndDeaf(there, 'other node')]);
    } finally {
      await ok(live.api.run(GRANT, { p: personId, r: 'COORDINATOR' }, live.viewers.admin), 'grantRole');
      const ASSIGN = `mutation($w: ID!, $p: ID!) { assignCoordinator(workshopId: $w, personId: $p) { userErrors { message } } }`;
      await ok(live.api.run(ASSIGN, { w: live.workshopId, p: personId }, live.viewers.admin), 'assignCoordinator');
    }
  });

  it('a socket whose rights did not change stays open', async () => {
    const admin = await personViewer(live.orm, live.emails.admin);
    const client = connect(server.wsUrl, await server.cookieFor(admin));
    const queue = collect(client, QUEUE_EVENTS, { workshopId: live.workshopId, afterSeq: null });
    const body = unique('still heard');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await postPending(live, live.viewers.guest, body);
    await queue.until((q) => JSON.stringify(q.events).includes(body), 'the admin still hearing the queue');
    expect(queue.errors).toEqual([]);
    await client.dispose();
  });
});
