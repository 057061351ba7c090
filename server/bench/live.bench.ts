// Load benchmark of live delivery: many websocket subscribers on one workshop while contributions
// are posted, against real server processes on a real PostgreSQL (and Redis for two nodes),
// compared with a bare `ws` broadcast of the same frames to the same subscriber processes.
//
// Usage: `npm run bench:live` (root), or in server/: `npx tsx bench/live.bench.ts`, with optional
// `--subscribers=1000 --large=5000 --posts=20 --rate=10 --large-rate=2 --children=4` and
// `--scenarios=A,B,C,D` and, for D, `--diagnosis-subscribers=200 --edits=50 --supports=100 --diagnosis-rate=10`.
// Needs PostgreSQL (DATABASE_URL names the server, by default
// postgresql://postgres@127.0.0.1:5432/postgres; its user must be allowed to create databases)
// and, for scenario B, Redis (REDIS_URL, by default redis://127.0.0.1:6379).
// Takes about five minutes.
//
// Each scenario starts from a fresh `quartierlab_bench` database (dropped at the end):
//   A  one server node, `--subscribers` subscribers;
//   B  two server nodes (two processes, each its own port, one database, one Redis), subscribers
//      split between them, every post sent to node 1: node 2's subscribers get events through Redis;
//   C  one server node, `--large` subscribers, posts at `--large-rate` per second;
//   D  one server node, people on the seeded diagnosis page in consultation while its findings
//      are edited and supported (bench/live-diagnosis.ts says how it is measured).
// A node is the real entry point (`node --import tsx src/main.ts`) with NODE_ENV=production,
// SEED_ON_START=true, the API only (no built site) and bench/live-gc.ts preloaded (a full garbage
// collection on demand). The seeded live demo workshop is switched to open moderation by its
// coordinator, 20 guests join it with its code, then:
//   1. the subscribers, one graphql-ws client and one websocket each, spread over `--children`
//      child processes (bench/live-subscribers.ts) so that the load generator is not the
//      bottleneck, subscribe to `workshopEvents` with the board's own document; each also opens a
//      plain socket to the bare `ws` broadcaster (bench/live-bare.ts, a process of its own);
//   2. `--posts` contributions are posted over HTTP at `--rate` per second, in turn by the guests
//      (10 each at most: the per-participant limit is 10 a minute), each body carrying its send
//      time; every subscriber checks what it got against the numbers the posts were stored under;
//   3. the broadcaster sends as many frames at the same rate to the same subscriber processes, each
//      a copy of an event frame the server sent, stamped with its own send time.
// Printed per scenario (and per node for B): lost, duplicated and out-of-order events by `seq`
// (PRESENCE ignored); delivery latency p50/p99/max from the moment the post request starts to the
// moment the subscriber's process reads the event, the same for the bare frames from the moment
// the broadcaster starts sending, and the ratio of the two (all processes on this machine's
// clock; the subscribers' own event loops are part of both); the post requests' own latency; the
// PRESENCE frames each subscriber received; the subscriber processes' CPU time (to show that the
// load generator is not the bottleneck) and the machine's load average (other work competing for
// the CPUs skews every figure); and each node's memory after a forced full collection before the
// subscribers connect and once all are subscribed (RSS and V8 heap, per connection), its RSS after
// the posts (garbage included), and its CPU time per delivered event.
// The process exits with code 1 when an event is lost, duplicated or out of order, or a post,
// subscription or node fails.
import { fork, type ChildProcess } from 'node:child_process';
import { runDiagnosisScenario } from './live-diagnosis.js';
import os from 'node:os';
import path from 'node:path';
import {
  BENCH_DB,
  admin,
  adminUrl,
  benchUrl,
  cpuOf,
  dropBenchDb,
  expectOk,
  graphql,
  redisUrl,
  rssOf,
  serverRoot,
  sleep,
  startNode,
  stopNode,
  type Memory,
  type Node,
} from './live-nodes.js';
import {
  bodyWithSendTime,
  now,
  sendTimeMark,
  type BareMessage,
  type ChildMessage,
  type ParentMessage,
  type ReadyMessage,
  type SubscriberResult,
} from './live-protocol.js';

const LIVE_SLUG = 'atelier-mobilite-emploi-en-direct-demo';
const JOIN_CODE = 'DEMO42';
const COORDINATOR = { email: 'coordinatrice@demo.quartierlab.fr', password: 'quartierlab-demo' };
/** Posting is limited to 10 a minute per participant: enough guests that none goes over. */
const POSTS_PER_GUEST = 10;
/** After the last post, how long subscribers may take to receive it. */
const DRAIN_MS = 15_000;
/** Presence is announced at most once a second: let the last one pass before reading memory. */
const SETTLE_MS = 2_500;

function intArg(name: string, fallback: number): number {
  const text = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name}=${text} must be a whole number ≥ 1`);
    process.exit(2);
  }
  return value;
}
const SUBSCRIBERS = intArg('subscribers', 1000);
const LARGE = intArg('large', 5000);
const POSTS = intArg('posts', 20);
const RATE = intArg('rate', 10);
/** Five times the sockets: a fifth of the rate keeps the work per second the same as A's. */
const LARGE_RATE = intArg('large-rate', 2);
const CHILDREN = intArg('children', 4);
const SCENARIOS = (process.argv.find((a) => a.startsWith('--scenarios='))?.split('=')[1] ?? 'A,B,C,D').split(',');
const DIAGNOSIS_SUBSCRIBERS = intArg('diagnosis-subscribers', 200);
const DIAGNOSIS_EDITS = intArg('edits', 50);
const DIAGNOSIS_SUPPORTS = intArg('supports', 100);
const DIAGNOSIS_RATE = intArg('diagnosis-rate', 10);
const GUESTS = Math.ceil(POSTS / POSTS_PER_GUEST);

interface Session {
  workshopId: string;
  guestCookies: string[];
}

/** Open moderation (posts are published at once) and guests to post. */
async function prepareWorkshop(url: string): Promise<Session> {
  const found = await graphql(
    url,
    `
      query ($slug: String!) {
        workshop(slug: $slug) {
          id
          status
        }
      }
    `,
    {
      slug: LIVE_SLUG,
    },
  );
  const workshop = found.json.data?.workshop as { id: string; status: string } | undefined;
  if (!workshop || workshop.status !== 'LIVE') {
    throw new Error(`The seeded workshop ${LIVE_SLUG} is not live: ${JSON.stringify(found.json)}`);
  }
  const signIn = await graphql(
    url,
    `
      mutation ($input: SignInInput!) {
        signIn(input: $input) {
          viewer {
            kind
          }
          userErrors {
            message
          }
        }
      }
    `,
    { input: COORDINATOR },
  );
  expectOk('signIn', signIn.json);
  if (!signIn.cookie) throw new Error('signIn set no session cookie');
  expectOk(
    'setModerationMode',
    (
      await graphql(
        url,
        `
          mutation ($w: ID!) {
            setModerationMode(workshopId: $w, mode: OPEN) {
              workshop {
                moderationMode
              }
              userErrors {
                message
              }
            }
          }
        `,
        { w: workshop.id },
        signIn.cookie,
      )
    ).json,
  );
  const guestCookies: string[] = [];
  for (let i = 1; i <= GUESTS; i++) {
    const joined = await graphql(
      url,
      `
        mutation ($code: String!, $name: String!) {
          joinWorkshop(code: $code, displayName: $name) {
            viewer {
              kind
            }
            userErrors {
              message
            }
          }
        }
      `,
      { code: JOIN_CODE, name: `Invité de charge ${i}` },
    );
    expectOk('joinWorkshop', joined.json);
    if (!joined.cookie) throw new Error('joinWorkshop set no session cookie');
    guestCookies.push(joined.cookie);
  }
  return { workshopId: workshop.id, guestCookies };
}

async function lastSeq(): Promise<number> {
  return admin(benchUrl.toString(), async (c) => {
    const { rows } = await c.query<{ last_seq: number }>(
      `select coalesce((select last_seq from stream where kind = 'workshop' and key = w.id::text), 0) as last_seq
       from workshop w where slug = $1`,
      [LIVE_SLUG],
    );
    return Number(rows[0]!.last_seq);
  });
}

const POST = `mutation($input: PostContributionInput!) {
  postContribution(input: $input) { contribution { id moderationState } userErrors { message } }
}`;

interface PostRun {
  ok: number;
  failures: string[];
  /** Request round trips, ms. */
  latencies: number[];
}

/** Posts at a fixed rate whatever the responses take (open loop), guests in turn. */
async function postContributions(url: string, session: Session, rate: number): Promise<PostRun> {
  const run: PostRun = { ok: 0, failures: [], latencies: [] };
  const start = now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < POSTS; i++) {
    const due = start + (i * 1000) / rate;
    if (due > now()) await sleep(due - now());
    const cookie = session.guestCookies[i % session.guestCookies.length]!;
    const sentAt = now();
    const input = { workshopId: session.workshopId, kind: 'IDEA', body: bodyWithSendTime(i + 1, sentAt) };
    pending.push(
      graphql(url, POST, { input }, cookie)
        .then(({ json }) => {
          run.latencies.push(now() - sentAt);
          const payload = expectOk('postContribution', json) as { contribution?: { moderationState: string } };
          if (payload.contribution?.moderationState !== 'PUBLISHED') {
            throw new Error(`post ${i + 1} is not published: ${JSON.stringify(json)}`);
          }
          run.ok += 1;
        })
        .catch((error: unknown) => void run.failures.push((error as Error).message)),
    );
  }
  await Promise.all(pending);
  return run;
}

// ---------------------------------------------------------------------------------------------
// Subscriber processes

interface Generator {
  child: ChildProcess;
  exited: Promise<number | null>;
  next<K extends ChildMessage['kind']>(kind: K, timeoutMs: number): Promise<Extract<ChildMessage, { kind: K }>>;
  send(message: ParentMessage): void;
}

function startGenerator(index: number): Generator {
  const child = fork(path.join(serverRoot, 'bench/live-subscribers.ts'), [], {
    cwd: serverRoot,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const inbox: ChildMessage[] = [];
  const waiters: (() => void)[] = [];
  child.on('message', (message: ChildMessage) => {
    inbox.push(message);
    for (const wake of waiters.splice(0)) wake();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    async next(kind, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const at = inbox.findIndex((m) => m.kind === kind);
        if (at >= 0) return inbox.splice(at, 1)[0] as Extract<ChildMessage, { kind: typeof kind }>;
        if (child.exitCode !== null) throw new Error(`Subscriber process ${index} exited with code ${child.exitCode}`);
        if (Date.now() > deadline) throw new Error(`Subscriber process ${index} sent no '${kind}' in ${timeoutMs} ms`);
        await Promise.race([new Promise<void>((wake) => waiters.push(wake)), exited, sleep(250)]);
      }
    },
    send(message) {
      child.send(message);
    },
  };
}

interface Broadcaster {
  child: ChildProcess;
  url: string;
  /** Sends one frame to every plain socket; resolves once it is sent to all. */
  broadcast(frame: string): Promise<number>;
  stop(): Promise<void>;
}

async function startBroadcaster(): Promise<Broadcaster> {
  const child = fork(path.join(serverRoot, 'bench/live-bare.ts'), [], {
    cwd: serverRoot,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const answers: ((message: BareMessage) => void)[] = [];
  child.on('message', (message: BareMessage) => answers.shift()?.(message));
  const answer = () => new Promise<BareMessage>((resolve) => answers.push(resolve));
  const listening = await answer();
  if (listening.kind !== 'listening') throw new Error('The bare broadcaster did not start');
  return {
    child,
    url: `ws://127.0.0.1:${listening.port}`,
    async broadcast(frame) {
      const sent = answer();
      child.send({ kind: 'broadcast', frame });
      const message = await sent;
      return message.kind === 'sent' ? message.sockets : 0;
    },
    async stop() {
      child.disconnect();
      await exited;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Figures

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(1) : String(Math.round(value)));
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const ratio = (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) || b === 0 ? '–' : (a / b).toFixed(1));

function deliveryRow(label: string, expected: number, results: SubscriberResult[]) {
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const bare = results.flatMap((r) => r.bare.latencies).sort((a, b) => a - b);
  const received = results.map((r) => r.received);
  const sum = (pick: (r: SubscriberResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  const [p50, p99, bare50, bare99] = [
    percentile(latencies, 50),
    percentile(latencies, 99),
    percentile(bare, 50),
    percentile(bare, 99),
  ];
  return {
    scenario: label,
    subscribers: results.length,
    'expected/sub': expected,
    'received/sub': received.length
      ? Math.min(...received) === Math.max(...received)
        ? String(received[0])
        : `${Math.min(...received)}–${Math.max(...received)}`
      : '–',
    lost: sum((r) => r.lost),
    duplicated: sum((r) => r.duplicated),
    'out of order': sum((r) => r.outOfOrder),
    unexpected: sum((r) => r.unexpected),
    'p50 ms': ms(p50),
    'p99 ms': ms(p99),
    'max ms': ms(latencies[latencies.length - 1] ?? NaN),
    'bare p50': ms(bare50),
    'bare p99': ms(bare99),
    'bare lost': expected * results.length - sum((r) => r.bare.received),
    '×bare p50': ratio(p50, bare50),
    '×bare p99': ratio(p99, bare99),
    'presence/sub': results.length ? Number((sum((r) => r.presence) / results.length).toFixed(1)) : 0,
    'sub errors': results.filter((r) => r.errors.length > 0 || r.ended).length,
  };
}

interface MemoryRow {
  scenario: string;
  node: string;
  connections: number;
  /** After a full collection, before the subscribers connect and once all are subscribed. */
  before: Memory;
  subscribed: Memory;
  /** RSS after the posts, garbage included. */
  after: number;
  /** CPU seconds the node used from the first post until every subscriber had the last event. */
  cpu: number;
  /** Events delivered to this node's subscribers over that time. */
  deliveries: number;
}

// ---------------------------------------------------------------------------------------------
// One scenario

interface ScenarioResult {
  delivery: ReturnType<typeof deliveryRow>[];
  memory: MemoryRow[];
  posts: PostRun;
  /** CPU seconds the subscriber processes used from the first post to the last delivery. */
  generatorCpu: number;
  /** 1-minute load average of the machine when the posts end (other work competes for the CPUs). */
  load: number;
  seconds: number;
  problems: string[];
}

async function runScenario(
  label: string,
  nodeCount: number,
  subscribers: number,
  rate: number,
): Promise<ScenarioResult> {
  const problems: string[] = [];
  const nodes: Node[] = [];
  const generators: Generator[] = [];
  const children = Math.min(CHILDREN, subscribers);
  let broadcaster: Broadcaster | undefined;
  try {
    await dropBenchDb();
    await admin(adminUrl, (c) => c.query(`create database ${BENCH_DB}`));
    const redis = nodeCount > 1 ? redisUrl : undefined;
    // One after the other: the first migrates and seeds the empty database.
    for (let i = 1; i <= nodeCount; i++) nodes.push(await startNode(`node ${i}`, redis));
    const session = await prepareWorkshop(nodes[0]!.url);
    broadcaster = await startBroadcaster();
    await sleep(500);
    const before: Memory[] = [];
    for (const node of nodes) before.push(await node.collected());

    console.log(`${label}: ${subscribers} subscribers on ${nodeCount} node(s) through ${children} processes…`);
    const connectStart = Date.now();
    const perChild = Math.ceil(subscribers / children);
    for (let i = 0; i < children; i++) {
      const count = Math.min(perChild, subscribers - i * perChild);
      if (count <= 0) break;
      const generator = startGenerator(i);
      generators.push(generator);
      generator.send({
        kind: 'start',
        urls: nodes.map((n) => n.wsUrl),
        count,
        offset: i * perChild,
        workshopId: session.workshopId,
        concurrency: 25,
        bareUrl: broadcaster.url,
      });
    }
    const ready: ReadyMessage[] = [];
    for (const generator of generators) ready.push(await generator.next('ready', 600_000));
    const subscribed = ready.reduce((total, r) => total + r.subscribed, 0);
    const failed = ready.reduce((total, r) => total + r.failed, 0);
    console.log(
      `  ${subscribed} subscribed in ${((Date.now() - connectStart) / 1000).toFixed(1)} s` +
        (failed ? `, ${failed} failed: ${[...new Set(ready.flatMap((r) => r.errors))].join('; ')}` : ''),
    );
    if (failed > 0) problems.push(`${label}: ${failed} subscriptions failed to start`);
    await sleep(SETTLE_MS);
    const afterSubscribe: Memory[] = [];
    for (const node of nodes) afterSubscribe.push(await node.collected());

    const firstSeq = (await lastSeq()) + 1;
    console.log(`  posting ${POSTS} contributions at ${rate}/s to node 1…`);
    await sleep(1000);
    const cpuBefore = nodes.map((n) => cpuOf(n.pid));
    const generatorCpuBefore = generators.reduce((total, g) => total + cpuOf(g.child.pid!), 0);
    const postStart = Date.now();
    const posts = await postContributions(nodes[0]!.url, session, rate);
    const last = await lastSeq();
    if (posts.failures.length > 0) {
      problems.push(`${label}: ${posts.failures.length} posts failed, first: ${posts.failures[0]}`);
    }
    // The expected events are exactly those stored since the first post: read them back.
    const stored = await admin(benchUrl.toString(), async (c) => {
      const { rows } = await c.query<{ type: string; n: string }>(
        `select e.type, count(*) as n from stream_event e join workshop w on w.id::text = e.stream_key
         where e.stream_kind = 'workshop' and w.slug = $1 and e.seq between $2 and $3 group by e.type`,
        [LIVE_SLUG, firstSeq, last],
      );
      return rows;
    });
    const expected = last - firstSeq + 1;
    if (stored.length !== 1 || stored[0]!.type !== 'CONTRIBUTION_POSTED' || Number(stored[0]!.n) !== posts.ok) {
      problems.push(`${label}: stored events ${JSON.stringify(stored)} do not match ${posts.ok} posts`);
    }

    for (const generator of generators) generator.send({ kind: 'finish', firstSeq, lastSeq: last, waitMs: DRAIN_MS });
    let sample: string | null = null;
    // Read just before the children report: they exit once they have.
    let generatorCpu = 0;
    for (const generator of generators) {
      sample ??= (await generator.next('drained', DRAIN_MS + 60_000)).sample;
      generatorCpu += cpuOf(generator.child.pid!);
    }
    generatorCpu -= generatorCpuBefore;
    const cpuAfter = nodes.map((n) => cpuOf(n.pid));
    const seconds = (Date.now() - postStart) / 1000;
    const load = os.loadavg()[0]!;
    const afterPosts = nodes.map((n) => rssOf(n.pid));

    // The same frames, bare: as many, at the same rate, stamped when the broadcaster sends them.
    if (!sample) throw new Error(`${label}: no subscriber received an event to copy`);
    const frame = JSON.stringify({ id: '1', type: 'next', payload: JSON.parse(sample) as unknown }).replace(
      /envoyée à \d+\.\d+/,
      `envoyée à ${sendTimeMark}`,
    );
    console.log(`  broadcasting ${expected} bare frames at ${rate}/s…`);
    const bareStart = now();
    for (let i = 0; i < expected; i++) {
      const due = bareStart + (i * 1000) / rate;
      if (due > now()) await sleep(due - now());
      const sockets = await broadcaster.broadcast(frame);
      if (sockets !== subscribed) problems.push(`${label}: the bare broadcaster had ${sockets} sockets`);
    }
    for (const generator of generators) generator.send({ kind: 'finish-bare', frames: expected, waitMs: DRAIN_MS });
    for (const generator of generators) await generator.next('drained', DRAIN_MS + 60_000);

    for (const generator of generators) generator.send({ kind: 'report' });
    const results: SubscriberResult[] = [];
    for (const generator of generators) results.push(...(await generator.next('result', 60_000)).subscribers);

    const errors = results.flatMap((r) => r.errors);
    if (errors.length > 0)
      problems.push(`${label}: subscriber errors, e.g. ${[...new Set(errors)].slice(0, 3).join('; ')}`);
    const delivery = [deliveryRow(label, expected, results)];
    if (nodeCount > 1) {
      for (let i = 0; i < nodeCount; i++) {
        const via = i === 0 ? 'same node as posts' : 'via Redis';
        delivery.push(
          deliveryRow(
            `  on node ${i + 1} (${via})`,
            expected,
            results.filter((r) => r.node === i),
          ),
        );
      }
    }
    const memory = nodes.map((n, i) => ({
      scenario: label,
      node: n.name,
      connections: results.filter((r) => r.node === i).length,
      before: before[i]!,
      subscribed: afterSubscribe[i]!,
      after: afterPosts[i]!,
      cpu: cpuAfter[i]! - cpuBefore[i]!,
      deliveries: results.filter((r) => r.node === i).reduce((total, r) => total + r.received, 0),
    }));
    return {
      delivery,
      memory,
      posts,
      generatorCpu,
      load,
      seconds,
      problems,
    };
  } finally {
    await Promise.all(
      generators.map(async (g) => {
        if (g.child.exitCode === null && g.child.signalCode === null) g.child.kill('SIGTERM');
        await g.exited;
      }),
    );
    await broadcaster?.stop();
    for (const node of nodes.reverse()) {
      const code = await stopNode(node);
      if (code !== 0) problems.push(`${label}: ${node.name} exited with code ${code}`);
      if (node.stderr.length > 0) problems.push(`${label}: ${node.name} wrote ${node.stderr.length} lines to stderr`);
    }
  }
}

// ---------------------------------------------------------------------------------------------

/** Scenario D on its own node and fresh database: see bench/live-diagnosis.ts. */
async function diagnosisScenario(): Promise<{ table: Record<string, string | number>; problems: string[] }> {
  const label = `D: diagnosis page, ${DIAGNOSIS_SUBSCRIBERS} people`;
  await dropBenchDb();
  await admin(adminUrl, (c) => c.query(`create database ${BENCH_DB}`));
  const node = await startNode('node D', undefined);
  try {
    console.log(`${label}: ${DIAGNOSIS_EDITS} edits and ${DIAGNOSIS_SUPPORTS} supports at ${DIAGNOSIS_RATE}/s…`);
    const run = await runDiagnosisScenario(node, {
      subscribers: DIAGNOSIS_SUBSCRIBERS,
      edits: DIAGNOSIS_EDITS,
      supports: DIAGNOSIS_SUPPORTS,
      rate: DIAGNOSIS_RATE,
    });
    const latencies = [...run.latencies].sort((a, b) => a - b);
    const writes = [...run.writeLatencies].sort((a, b) => a - b);
    const problems = run.failedWrites.map((failure) => `${label}: ${failure}`);
    if (run.failedSubscriptions > 0) problems.push(`${label}: ${run.failedSubscriptions} subscriptions failed`);
    if (run.lost + run.duplicated + run.outOfOrder + run.unexpected > 0) {
      problems.push(`${label}: ${run.lost} lost, ${run.duplicated} duplicated, ${run.outOfOrder} out of order`);
    }
    return {
      problems,
      table: {
        scenario: label,
        writes: run.writes,
        'failed writes': run.failedWrites.length,
        lost: run.lost,
        duplicated: run.duplicated,
        'out of order': run.outOfOrder,
        'p50 ms': ms(percentile(latencies, 50)),
        'p99 ms': ms(percentile(latencies, 99)),
        'max ms': ms(latencies[latencies.length - 1] ?? NaN),
        'write p50 ms': ms(percentile(writes, 50)),
        'write p99 ms': ms(percentile(writes, 99)),
      },
    };
  } finally {
    await stopNode(node);
  }
}

const started = Date.now();
const [loadNow] = os.loadavg();
if (loadNow! > os.cpus().length / 2) {
  console.warn(
    `The machine is busy (load average ${loadNow!.toFixed(1)} on ${os.cpus().length} CPUs): ` +
      'latencies and CPU figures will be skewed by the other work.',
  );
}
const delivery: ReturnType<typeof deliveryRow>[] = [];
const memory: MemoryRow[] = [];
const postRows: Record<string, string | number>[] = [];
const diagnosisRows: Record<string, string | number>[] = [];
const problems: string[] = [];
try {
  const scenarios: [string, number, number, number][] = [
    ['A: 1 node', 1, SUBSCRIBERS, RATE],
    ['B: 2 nodes + Redis', 2, SUBSCRIBERS, RATE],
    [`C: 1 node, ${LARGE} subscribers`, 1, LARGE, LARGE_RATE],
  ];
  for (const [label, nodeCount, subscribers, rate] of scenarios.filter(([label]) => SCENARIOS.includes(label[0]!))) {
    const result = await runScenario(label, nodeCount, subscribers, rate);
    delivery.push(...result.delivery);
    memory.push(...result.memory);
    const sorted = [...result.posts.latencies].sort((a, b) => a - b);
    postRows.push({
      scenario: label,
      posted: result.posts.ok,
      failed: result.posts.failures.length,
      'p50 ms': ms(percentile(sorted, 50)),
      'p99 ms': ms(percentile(sorted, 99)),
      'max ms': ms(sorted[sorted.length - 1] ?? NaN),
      'post→last delivery s': Number(result.seconds.toFixed(1)),
      'subscriber procs CPU s': Number(result.generatorCpu.toFixed(1)),
      'load avg': Number(result.load.toFixed(1)),
    });
    problems.push(...result.problems);
  }

  if (SCENARIOS.includes('D')) {
    const row = await diagnosisScenario();
    diagnosisRows.push(row.table);
    problems.push(...row.problems);
  }

  console.log(
    `\nNode ${process.version}, PostgreSQL at ${benchUrl.host}, ${SUBSCRIBERS} (C: ${LARGE}) subscribers ` +
      `(${CHILDREN} processes), ${POSTS} posts at ${RATE}/s (C: ${LARGE_RATE}/s) by ${GUESTS} guests; run took ${Math.round((Date.now() - started) / 1000)} s`,
  );
  console.log(
    '\nDelivery (stored events by seq, PRESENCE ignored; latency = post request start → subscriber reads it; ' +
      'bare = the same frames from a bare ws server, send → read; ×bare = ratio of the two)',
  );
  console.table(delivery);
  console.log('Posting (HTTP round trip of postContribution)');
  console.table(postRows);
  console.log(
    'Server nodes (MiB; RSS and V8 heap after a forced full collection, before the subscribers and once all ' +
      'subscribed; RSS after the posts includes garbage; CPU from the first post to the last delivery)',
  );
  console.table(
    memory.map((m) => {
      const perConnection = (bytes: number) => (m.connections ? Math.round(bytes / 1024 / m.connections) : '–');
      return {
        scenario: m.scenario,
        node: m.node,
        connections: m.connections,
        'RSS before': mib(m.before.rss),
        'RSS subscribed': mib(m.subscribed.rss),
        'RSS after posts': mib(m.after),
        'RSS KiB/conn': perConnection(m.subscribed.rss - m.before.rss),
        'heap KiB/conn': perConnection(m.subscribed.heapUsed - m.before.heapUsed),
        'CPU s': Number(m.cpu.toFixed(1)),
        'CPU µs/delivery': m.deliveries ? Math.round((m.cpu * 1e6) / m.deliveries) : '–',
      };
    }),
  );
  if (diagnosisRows.length > 0) {
    console.log(
      'Diagnosis page (D: stored events by seq, PRESENCE ignored; latency = the write request start → a subscriber reads its event)',
    );
    console.table(diagnosisRows);
  }
  const broken = delivery.filter(
    (d) => !d.scenario.startsWith(' ') && d.lost + d.duplicated + d['out of order'] + d.unexpected > 0,
  );
  for (const row of broken) {
    problems.push(
      `${row.scenario.trim()}: ${row.lost} lost, ${row.duplicated} duplicated, ${row['out of order']} out of order, ${row.unexpected} unexpected`,
    );
  }
  if (problems.length > 0) {
    console.log('\nProblems:');
    for (const problem of [...new Set(problems)]) console.log(`  - ${problem}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await dropBenchDb().catch((error: unknown) => console.error('Could not drop the bench database:', error));
}
