// Load generator of live.bench.ts: one child process holding many graphql-ws subscribers, each on
// its own websocket, all on one workshop's `workshopEvents`, and each with a plain socket to the
// bare `ws` broadcaster (live-bare.ts) too. Driven over the IPC channel:
//   parent → { kind: 'start', ... }   opens the sockets and subscribes; answers { kind: 'ready' }
//                                      once every subscription has delivered its first PRESENCE
//                                      event (the server stream is then listening) and every
//                                      plain socket is open;
//   parent → { kind: 'finish', ... }  waits until every subscriber has the last event (or a
//                                      deadline), answers { kind: 'drained' } with one event;
//   parent → { kind: 'finish-bare' }  the same for the bare frames;
//   parent → { kind: 'report' }       answers { kind: 'result' }, closes the sockets and leaves.
// Not meant to be run by hand.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  BOARD_EVENTS,
  now,
  sentAtOf,
  type ChildMessage,
  type FinishBareMessage,
  type FinishMessage,
  type ParentMessage,
  type StartMessage,
  type SubscriberResult,
} from './live-protocol.js';

interface Received {
  seq: number;
  at: number;
  body: string | undefined;
}
interface Subscriber {
  node: number;
  client: Client;
  events: Received[];
  errors: string[];
  /** The subscription errored or completed: nothing more will come. */
  ended: boolean;
  /** Resolves once the stream has started (first PRESENCE), or has failed. */
  ready: Promise<void>;
  state: 'pending' | 'ready' | 'failed';
  lastSeq: number;
  presence: number;
  bare: { socket: WebSocket; open: Promise<void>; received: number; latencies: number[] };
}

/** The first event a subscriber of this process received, as its payload: the bare frames copy it. */
let sample: string | null = null;

const send = (message: ChildMessage) =>
  new Promise<void>((resolve, reject) =>
    process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())),
  );

function openBare(url: string): Subscriber['bare'] {
  const socket = new WebSocket(url);
  const bare: Subscriber['bare'] = {
    socket,
    open: new Promise((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    }),
    received: 0,
    latencies: [],
  };
  socket.on('message', (data) => {
    const at = now();
    // Read as the graphql-ws client reads its frames.
    const frame = JSON.parse(String(data)) as {
      payload: { data: { workshopEvents: { contribution: { body: string } | null } } };
    };
    bare.received += 1;
    const sentAt = sentAtOf(frame.payload.data.workshopEvents.contribution?.body);
    if (sentAt !== null) bare.latencies.push(Math.round((at - sentAt) * 100) / 100);
  });
  return bare;
}

function subscribe(url: string, node: number, workshopId: string, bareUrl: string): Subscriber {
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: true,
    retryAttempts: 0,
    // One socket per subscriber, as one browser tab.
    connectionAckWaitTimeout: 30_000,
  });
  let settle: () => void = () => undefined;
  const subscriber: Subscriber = {
    node,
    client,
    events: [],
    errors: [],
    ended: false,
    ready: new Promise<void>((resolve) => (settle = resolve)),
    state: 'pending',
    lastSeq: 0,
    presence: 0,
    bare: openBare(bareUrl),
  };
  const markReady = (ok: boolean) => {
    if (subscriber.state === 'pending') subscriber.state = ok ? 'ready' : 'failed';
    settle();
  };
  client.subscribe<{
    workshopEvents: { seq: number; type: string; contribution: { body: string } | null };
  }>(
    { query: BOARD_EVENTS, variables: { workshopId } },
    {
      next: (value) => {
        const at = now();
        if (value.errors) subscriber.errors.push(...value.errors.map((e) => e.message));
        const event = value.data?.workshopEvents;
        if (!event) return;
        if (event.type === 'PRESENCE') {
          subscriber.presence += 1;
          return markReady(true);
        }
        subscriber.lastSeq = Math.max(subscriber.lastSeq, event.seq);
        subscriber.events.push({ seq: event.seq, at, body: event.contribution?.body });
        if (sample === null && event.contribution) sample = JSON.stringify(value);
      },
      error: (error: unknown) => {
        subscriber.errors.push(describe(error));
        subscriber.ended = true;
        markReady(false);
      },
      complete: () => {
        subscriber.errors.push('completed by the server');
        subscriber.ended = true;
        markReady(false);
      },
    },
  );
  return subscriber;
}

function describe(error: unknown): string {
  if (Array.isArray(error)) return error.map(describe).join('; ');
  if (error instanceof Error) return error.message;
  // graphql-ws hands a CloseEvent-like object when the socket closes.
  const close = error as { code?: number; reason?: string; message?: string };
  if (close.code !== undefined) return `socket closed ${close.code} ${close.reason ?? ''}`.trim();
  return close.message ?? JSON.stringify(error);
}

function analyse(subscriber: Subscriber, firstSeq: number, lastSeq: number): SubscriberResult {
  const seen = new Set<number>();
  let duplicated = 0;
  let outOfOrder = 0;
  let unexpected = 0;
  let highest = -Infinity;
  const latencies: number[] = [];
  for (const event of subscriber.events) {
    if (event.seq < firstSeq || event.seq > lastSeq) {
      unexpected += 1;
      continue;
    }
    if (seen.has(event.seq)) {
      duplicated += 1;
      continue;
    }
    seen.add(event.seq);
    if (event.seq < highest) outOfOrder += 1;
    highest = Math.max(highest, event.seq);
    const sentAt = sentAtOf(event.body);
    if (sentAt !== null) latencies.push(Math.round((event.at - sentAt) * 100) / 100);
  }
  return {
    node: subscriber.node,
    received: seen.size,
    lost: lastSeq - firstSeq + 1 - seen.size,
    duplicated,
    outOfOrder,
    unexpected,
    latencies,
    presence: subscriber.presence,
    errors: subscriber.errors.slice(0, 5),
    ended: subscriber.ended,
    bare: { received: subscriber.bare.received, latencies: subscriber.bare.latencies },
  };
}

let subscribers: Subscriber[] = [];

async function start(message: StartMessage) {
  subscribers = [];
  let next = 0;
  // A few sockets open at a time: a thousand simultaneous SYNs overflow the listen backlog.
  const worker = async () => {
    while (next < message.count) {
      const i = next++;
      const node = (message.offset + i) % message.urls.length;
      const subscriber = subscribe(message.urls[node]!, node, message.workshopId, message.bareUrl);
      subscribers.push(subscriber);
      await Promise.race([
        Promise.all([subscriber.ready, subscriber.bare.open]),
        new Promise((r) => setTimeout(r, 30_000)),
      ]);
    }
  };
  await Promise.all(Array.from({ length: message.concurrency }, worker));
  const failed = subscribers.filter((s) => s.state !== 'ready');
  await send({
    kind: 'ready',
    subscribed: subscribers.length - failed.length,
    failed: failed.length,
    errors: [...new Set(failed.flatMap((s) => (s.errors.length ? s.errors : ['no PRESENCE event within 30 s'])))].slice(
      0,
      5,
    ),
  });
}

let range = { firstSeq: 0, lastSeq: 0 };

async function finish(message: FinishMessage) {
  range = message;
  const deadline = Date.now() + message.waitMs;
  while (Date.now() < deadline && subscribers.some((s) => s.lastSeq < message.lastSeq && !s.ended)) {
    await new Promise((r) => setTimeout(r, 20));
  }
  await send({ kind: 'drained', sample });
}

async function finishBare(message: FinishBareMessage) {
  const deadline = Date.now() + message.waitMs;
  while (Date.now() < deadline && subscribers.some((s) => s.bare.received < message.frames)) {
    await new Promise((r) => setTimeout(r, 20));
  }
  await send({ kind: 'drained', sample: null });
}

async function report() {
  await send({ kind: 'result', subscribers: subscribers.map((s) => analyse(s, range.firstSeq, range.lastSeq)) });
  for (const s of subscribers) s.bare.socket.close();
  await Promise.all(subscribers.map((s) => s.client.dispose()));
  process.disconnect();
}

process.on('message', (message: ParentMessage) => {
  const run =
    message.kind === 'start'
      ? start(message)
      : message.kind === 'finish'
        ? finish(message)
        : message.kind === 'finish-bare'
          ? finishBare(message)
          : report();
  run.catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
