// Scenario D of live.bench.ts: people on one diagnosis page while its findings are edited and
// supported. One server node on a fresh bench database (seeded: the Rive Droite diagnosis is in
// consultation); `subscribers` graphql-ws clients, each on its own websocket, follow
// `diagnosisEvents` with the page's kind of document; the coordinator edits findings (`edits`
// times, each naming the version it started from) and the seeded residents and stakeholders
// support and withdraw their support (`supports` times), interleaved, one write at a time at
// `rate` per second. Every write stores one event, so the k-th event after the first write is the
// k-th write: its delivery latency is from the moment that write's request started to the moment
// a subscriber reads the event. The subscribers run in this process (200 sockets are light); the
// writes are awaited one by one, so the generator's own loop adds to both the writes and the reads.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { fromGlobalId } from '../src/shared/ids.js';
import { now } from './live-protocol.js';
import { admin, benchUrl, expectOk, graphql, sleep, type Node } from './live-nodes.js';

const TERRITORY = 'bordeaux-rive-droite';
const PASSWORD = 'quartierlab-demo';
const COORDINATOR = 'coordinatrice@demo.quartierlab.fr';
const SUPPORTERS = [
  'acteur@demo.quartierlab.fr',
  'bailleur@demo.quartierlab.fr',
  'habitante@demo.quartierlab.fr',
  'habitant@demo.quartierlab.fr',
];
const DRAIN_MS = 15_000;

/** What the diagnosis page follows (client/src/lib/live/follow-diagnosis.svelte.ts asks for as much). */
const PAGE_EVENTS = /* GraphQL */ `
  subscription DiagnosisPage($diagnosisId: ID!, $afterSeq: Int) {
    diagnosisEvents(diagnosisId: $diagnosisId, afterSeq: $afterSeq) {
      seq
      type
      at
      diagnosisStatus
      findingId
      mergedIntoId
      contributionIds
      connectedCount
      finding {
        id
        kind
        title
        statement
        status
        priority
        position
        version
        evidenceCount
        supportCount
        cosigners {
          id
          name
        }
      }
    }
  }
`;

export interface DiagnosisRun {
  subscribers: number;
  writes: number;
  failedWrites: string[];
  /** Per subscriber: events missing from, repeated in or out of the expected range. */
  lost: number;
  duplicated: number;
  outOfOrder: number;
  unexpected: number;
  failedSubscriptions: number;
  /** Write request start → a subscriber reads its event, ms, every delivery. */
  latencies: number[];
  /** HTTP round trips of the writes, ms. */
  writeLatencies: number[];
}

interface Follower {
  client: Client;
  seqs: number[];
  at: number[];
  errors: string[];
  ready: Promise<boolean>;
}

function follow(wsUrl: string, diagnosisId: string, afterSeq: number): Follower {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
  let settle: (ok: boolean) => void = () => undefined;
  const follower: Follower = {
    client,
    seqs: [],
    at: [],
    errors: [],
    ready: new Promise((resolve) => (settle = resolve)),
  };
  client.subscribe<{ diagnosisEvents: { seq: number; type: string } }>(
    { query: PAGE_EVENTS, variables: { diagnosisId, afterSeq } },
    {
      next: (value) => {
        const at = now();
        if (value.errors) follower.errors.push(...value.errors.map((e) => e.message));
        const event = value.data?.diagnosisEvents;
        if (!event) return;
        if (event.type === 'PRESENCE') return settle(true);
        follower.seqs.push(event.seq);
        follower.at.push(at);
      },
      error: (error: unknown) => {
        follower.errors.push(error instanceof Error ? error.message : JSON.stringify(error));
        settle(false);
      },
      complete: () => settle(false),
    },
  );
  return follower;
}

async function signIn(url: string, email: string): Promise<string> {
  const { json, cookie } = await graphql(
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
    { input: { email, password: PASSWORD } },
  );
  expectOk(`signIn ${email}`, json);
  if (!cookie) throw new Error(`signIn ${email} set no session cookie`);
  return cookie;
}

interface Finding {
  id: string;
  version: number;
  statement: string;
}

async function consultedDiagnosis(url: string): Promise<{ id: string; findings: Finding[] }> {
  const { json } = await graphql(
    url,
    `
      query ($slug: String!) {
        territory(slug: $slug) {
          diagnoses {
            id
            status
            findings {
              id
              version
              statement
              status
              awaitingReview
            }
          }
        }
      }
    `,
    { slug: TERRITORY },
  );
  const territory = json.data?.territory as unknown as {
    diagnoses: { id: string; status: string; findings: (Finding & { status: string; awaitingReview: boolean })[] }[];
  } | null;
  const diagnosis = territory?.diagnoses.find((d) => d.status === 'CONSULTATION');
  if (!diagnosis)
    throw new Error(`No diagnosis in consultation on ${TERRITORY}: ${JSON.stringify(json).slice(0, 500)}`);
  const findings = diagnosis.findings.filter((f) => !f.awaitingReview && f.status !== 'MERGED');
  if (findings.length === 0) throw new Error('The diagnosis in consultation has no finding to edit and support');
  return { id: diagnosis.id, findings };
}

const lastSeqOf = (diagnosisId: string) =>
  admin(benchUrl.toString(), async (c) => {
    const { rows } = await c.query<{ last_seq: number }>(
      `select coalesce((select last_seq from stream where kind = 'diagnosis' and key = $1), 0) as last_seq`,
      [fromGlobalId(diagnosisId).id],
    );
    return Number(rows[0]!.last_seq);
  });

const UPDATE = `mutation ($input: UpdateFindingInput!) {
  updateFinding(input: $input) { finding { id version } userErrors { message } }
}`;
const SUPPORT = `mutation ($f: ID!) { supportFinding(findingId: $f) { finding { id supportCount } userErrors { message } } }`;
const WITHDRAW = `mutation ($f: ID!) { withdrawSupport(findingId: $f) { finding { id supportCount } userErrors { message } } }`;

export async function runDiagnosisScenario(
  node: Node,
  options: { subscribers: number; edits: number; supports: number; rate: number },
): Promise<DiagnosisRun> {
  const diagnosis = await consultedDiagnosis(node.url);
  const coordinator = await signIn(node.url, COORDINATOR);
  const supporters = await Promise.all(SUPPORTERS.map((email) => signIn(node.url, email)));
  const afterSeq = await lastSeqOf(diagnosis.id);
  const followers = Array.from({ length: options.subscribers }, () => follow(node.wsUrl, diagnosis.id, afterSeq));
  const started = await Promise.all(followers.map((f) => f.ready));
  const failedSubscriptions = started.filter((ok) => !ok).length;
  await sleep(1500);

  // Writes, interleaved: after every edit, two changes of support (a person supports a finding,
  // or withdraws the support they gave it), each pair of person and finding in turn.
  const supported = new Set<string>();
  const plan: (() => Promise<unknown>)[] = [];
  let edits = 0;
  let supports = 0;
  while (edits < options.edits || supports < options.supports) {
    if (edits < options.edits) {
      const index = edits++;
      const finding = diagnosis.findings[index % diagnosis.findings.length]!;
      plan.push(async () => {
        const statement = `${finding.statement.replace(/\s*\(révision de charge \d+\)$/, '')} (révision de charge ${index + 1})`;
        const { json } = await graphql(
          node.url,
          UPDATE,
          { input: { findingId: finding.id, expectedVersion: finding.version, statement } },
          coordinator,
        );
        const payload = expectOk('updateFinding', json) as { finding: { version: number } };
        finding.version = payload.finding.version;
      });
    }
    for (let k = 0; k < 2 && supports < options.supports; k++) {
      const index = supports++;
      const person = index % supporters.length;
      const finding = diagnosis.findings[Math.floor(index / supporters.length) % diagnosis.findings.length]!;
      plan.push(async () => {
        const key = `${person}:${finding.id}`;
        const withdraw = supported.has(key);
        const { json } = await graphql(node.url, withdraw ? WITHDRAW : SUPPORT, { f: finding.id }, supporters[person]);
        expectOk(withdraw ? 'withdrawSupport' : 'supportFinding', json);
        if (withdraw) supported.delete(key);
        else supported.add(key);
      });
    }
  }

  const startedAt: number[] = [];
  const writeLatencies: number[] = [];
  const failedWrites: string[] = [];
  const begin = now();
  for (const [i, write] of plan.entries()) {
    const due = begin + (i * 1000) / options.rate;
    if (due > now()) await sleep(due - now());
    startedAt.push(now());
    try {
      await write();
    } catch (error) {
      failedWrites.push((error as Error).message);
    }
    writeLatencies.push(now() - startedAt[i]!);
  }
  const last = await lastSeqOf(diagnosis.id);
  const expected = last - afterSeq;
  const deadline = Date.now() + DRAIN_MS;
  while (Date.now() < deadline && followers.some((f) => (f.seqs.at(-1) ?? afterSeq) < last)) await sleep(100);

  const run: DiagnosisRun = {
    subscribers: options.subscribers,
    writes: plan.length,
    failedWrites,
    lost: 0,
    duplicated: 0,
    outOfOrder: 0,
    unexpected: 0,
    failedSubscriptions,
    latencies: [],
    writeLatencies,
  };
  if (expected !== plan.length - failedWrites.length) {
    failedWrites.push(`${expected} events stored for ${plan.length - failedWrites.length} writes`);
  }
  for (const follower of followers) {
    const seen = new Set<number>();
    let previous = afterSeq;
    for (const [i, seq] of follower.seqs.entries()) {
      if (seq <= afterSeq || seq > last) run.unexpected += 1;
      else if (seen.has(seq)) run.duplicated += 1;
      else {
        seen.add(seq);
        const write = startedAt[seq - afterSeq - 1];
        if (write !== undefined) run.latencies.push(follower.at[i]! - write);
      }
      if (seq < previous) run.outOfOrder += 1;
      previous = seq;
    }
    run.lost += expected - seen.size;
    await follower.client.dispose();
  }
  return run;
}
