import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guestViewer } from '../src/test-support/viewers.js';
import { startTestServer, type TestServer } from '../src/test-support/server.js';
import { serverRoot } from '../src/shared/paths.js';
import { openLive, post, sleep, unique, type Live } from './support-live.js';
import { WORKSHOP_EVENTS, collect, connect, stored } from './support-ws.js';

/**
 * Two nodes sharing one database pass live events through Redis: what is posted on one reaches
 * the subscribers of the other. With DATABASE_URL the second node is a real second process
 * (src/main.ts); the embedded database serves one process only, so without it both nodes run in
 * this process on the same database, each with its own Redis connections and live hub.
 */

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Answers whether Redis says PONG within two seconds. */
async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(String(data).includes('PONG')));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

interface Node {
  name: string;
  wsUrl: string;
  httpUrl: string;
  stop(): Promise<void>;
}

/** The real entry point, on the same database as this test, with REDIS_URL. */
async function startProcess(databaseUrl: string): Promise<Node> {
  const port = await freePort();
  const child: ChildProcess = spawn(path.join(serverRoot, '../node_modules/.bin/tsx'), ['src/main.ts'], {
    cwd: serverRoot,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      SEED_ON_START: 'false',
      CLIENT_BUILD_DIR: '/nonexistent',
    },
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => reject(new Error(`The second node exited:\n${output}`)));
  });
  return {
    name: 'process B',
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    httpUrl: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const asNode = (name: string, server: TestServer): Node => ({
  name,
  wsUrl: server.wsUrl,
  httpUrl: server.url,
  stop: () => server.stop(),
});

let live: Live;
let a: Node;
let b: Node;
let mode: string;

beforeAll(async () => {
  if (!(await redisAnswers(redisUrl))) {
    throw new Error(
      `Redis does not answer at ${redisUrl}: start it (e.g. \`redis-server --daemonize yes --port 6379\`) ` +
        'or set REDIS_URL. This test is not skipped: passing events between nodes is part of the contract.',
    );
  }
  // Node A: this process, with Redis; the API used below publishes through its hub.
  live = await openLive({ mode: 'OPEN', redisUrl });
  a = asNode('node A', live.server!);
  const databaseUrl = process.env.DATABASE_URL ? (live.orm.config.get('clientUrl') as string | undefined) : undefined;
  if (databaseUrl) {
    mode = 'two processes on PostgreSQL';
    b = await startProcess(databaseUrl);
  } else {
    mode = 'two nodes in one process on the embedded database';
    b = asNode('node B', await startTestServer(live.orm, { redisUrl }));
  }
  console.log(`live-redis: ${mode}, Redis at ${redisUrl}`);
}, 120_000);
afterAll(async () => {
  await b?.stop();
  await live?.close();
});

const author = () => guestViewer(live.orm, live.slug, unique('Participant'));

/** Posts through a node's HTTP API as a guest (a session cookie made on node A, stored in the shared database). */
async function postOver(node: Node, body: string): Promise<string> {
  const cookie = await live.server!.cookieFor(await author());
  const response = await fetch(node.httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      query: `mutation($input: PostContributionInput!) { postContribution(input: $input) { contribution { id } userErrors { message } } }`,
      variables: { input: { workshopId: live.workshopId, kind: 'IDEA', body } },
    }),
  });
  const result = (await response.json()) as any;
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.data.postContribution.userErrors).toEqual([]);
  return result.data.postContribution.contribution.id as string;
}

describe('live events across nodes through Redis', () => {
  it('an event posted on node A reaches a subscriber of node B, and the reverse', async () => {
    const cookie = await live.server!.cookieFor(live.viewers.resident);
    const onA = connect(a.wsUrl, cookie);
    const onB = connect(b.wsUrl, cookie);
    try {
      const subA = collect(onA, WORKSHOP_EVENTS, { workshopId: live.workshopId });
      const subB = collect(onB, WORKSHOP_EVENTS, { workshopId: live.workshopId });
      await subA.until((s) => s.events.length > 0, 'a subscriber on A');
      await subB.until((s) => s.events.length > 0, 'a subscriber on B');

      // Nothing else is written meanwhile: only the bus can bring these events to the other node.
      const fromA = (await post(live, await author(), unique('Posté sur A'))).id as string;
      await subB.until((s) => s.events.some((e) => e.contributionId === fromA), `${b.name} to receive A's event`, 5000);
      const fromB = await postOver(b, unique('Posté sur B'));
      await subA.until((s) => s.events.some((e) => e.contributionId === fromB), `${a.name} to receive B's event`, 5000);
      await subB.until((s) => s.events.some((e) => e.contributionId === fromB), `${b.name} to receive its own event`);
    } finally {
      await onA.dispose();
      await onB.dispose();
    }
  });

  it('posts alternating between the nodes reach both subscribers complete, in order, once each', async () => {
    const cookie = await live.server!.cookieFor(live.viewers.coordinator);
    const onA = connect(a.wsUrl, cookie);
    const onB = connect(b.wsUrl, cookie);
    try {
      const subA = collect(onA, WORKSHOP_EVENTS, { workshopId: live.workshopId });
      const subB = collect(onB, WORKSHOP_EVENTS, { workshopId: live.workshopId });
      await subA.until((s) => s.events.length > 0, 'a subscriber on A');
      await subB.until((s) => s.events.length > 0, 'a subscriber on B');
      const start = subA.events[0].seq as number;
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) {
        ids.push(
          i % 2 === 0 ? (await post(live, await author(), unique(`A${i}`))).id : await postOver(b, unique(`B${i}`)),
        );
      }
      for (const sub of [subA, subB]) {
        await sub.until(
          (s) => ids.every((id) => s.events.some((e) => e.contributionId === id)),
          'all ten events',
          8000,
        );
        const seqs = stored(sub.events).map((e) => e.seq);
        expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => start + 1 + i));
        expect(stored(sub.events).map((e) => e.contributionId)).toEqual(ids);
      }
    } finally {
      await onA.dispose();
      await onB.dispose();
    }
  });

  it('counts the people connected on every node', async () => {
    const clients = [connect(a.wsUrl), connect(b.wsUrl), connect(b.wsUrl)];
    try {
      const subs = clients.map((c) => collect(c, WORKSHOP_EVENTS, { workshopId: live.workshopId }));
      for (const sub of subs) await sub.until((s) => s.events.length > 0, 'subscribed');
      await subs[0]!.until(
        (s) => s.events.some((e) => e.type === 'PRESENCE' && e.connectedCount >= 3),
        'node A to count the viewers of node B',
        6000,
      );
    } finally {
      for (const c of clients) await c.dispose();
    }
  });
});

describe('without Redis (control)', () => {
  it('two nodes on in-memory buses do not hear each other live: the test above can fail', async () => {
    const lonely = await startTestServer(live.orm);
    const client = connect(lonely.wsUrl);
    try {
      const sub = collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId });
      await sub.until((s) => s.events.length > 0, 'subscribed');
      const id = (await post(live, await author(), unique('Inaudible'))).id;
      await sleep(1000);
      expect(sub.events.some((e) => e.contributionId === id)).toBe(false);
    } finally {
      await client.dispose();
      await lonely.stop();
    }
  });
});
