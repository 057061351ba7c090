// `npm run fuzz`: throws generated hostile GraphQL documents, HTTP requests and websocket frames
// at the production server process and reports 5xx answers, masked internal errors, forbidden
// socket closes, event-loop stalls and stderr traces. Exit code 1 when any was seen; slow
// answers and stalls count only when replaying the case alone on a quiet server shows them again
// (on a busy machine, cases running beside a costly one are slow too).
//
// Usage: `npm run fuzz` at the root (builds first), or `npx tsx fuzz/main.ts` in server/ (builds
// only when server/dist or client/build is missing). Takes FUZZ_SECONDS plus up to
// FUZZ_CONFIRM_SECONDS, plus the server's start. The summary goes to stdout; every failure's
// reproductions in full to $TMPDIR/quartierlab-fuzz-report.json, the server's output to
// $TMPDIR/quartierlab-fuzz-server.log.
//
// Environment (all optional):
//   FUZZ_SECONDS=60        how long cases are generated (then up to FUZZ_CONFIRM_SECONDS of replays)
//   FUZZ_CASES=5000        at most this many cases
//   FUZZ_SEED=…            seed of the generator (printed; the same seed gives the same cases)
//   FUZZ_CONCURRENCY=4     cases in flight at once
//   FUZZ_FAMILIES=a,b      only these case families (see cases.ts)
//   FUZZ_SLOW_MS=2000      an answer slower than this is a failure
//   FUZZ_STALL_MS=1000     a /healthz probe slower than this is an event-loop stall
//   FUZZ_TIMEOUT_MS=10000  no answer within this is a timeout
//   FUZZ_CONFIRM_SECONDS=30  time for replaying each failure family's smallest case alone
//   FUZZ_DATABASE_URL=…    a throw-away PostgreSQL database instead of the embedded one
//   FUZZ_URL=http://…      fuzz a server that is already running (no stderr watch then)
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSchema } from 'graphql';
import { selectFamilies } from './cases.js';
import { confirm, groupFailures } from './confirm.js';
import { Growth, type FuzzContext, type ServerLimits, type Sessions } from './context.js';
import { Generator } from './generator.js';
import { emptyCorpus, type Corpus } from './hostile.js';
import { counts, printReport, sortGroups, writeJsonReport } from './report.js';
import { Executor, HealthProbe, runCases, type RunOptions } from './runner.js';
import {
  ensureBuilt,
  repoRoot,
  serverDir,
  serverLogFile,
  startServer,
  type ServerProcess,
  type StderrEvent,
} from './server-process.js';
import { HttpClient } from './transports.js';

const log = (message: string) => process.stderr.write(`[fuzz] ${message}\n`);
const reportFile = path.join(os.tmpdir(), 'quartierlab-fuzz-report.json');

function envInt(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}=${text} must be a whole number ≥ 1`);
  return value;
}

/** The limits of the built server itself, so that "over the limit" means what it enforces. */
async function serverLimits(): Promise<ServerLimits> {
  const fallback = { maxSocketMessageBytes: 64 * 1024, maxHttpBodyBytes: 1_000_000 };
  try {
    const file = pathToFileURL(path.join(serverDir, 'dist/src/shared/limits.js')).href;
    const mod = (await import(file)) as { limits?: Partial<ServerLimits> };
    return { ...fallback, ...mod.limits };
  } catch {
    return fallback;
  }
}

async function graphql(origin: string, query: string, variables: object = {}, cookie?: string) {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('ql_session=') && c.length > 'ql_session='.length);
  return { json: (await response.json()) as unknown, session };
}

/** Demo accounts and a guest of the live demo workshop (README), to reach guarded resolvers. */
async function openSessions(origin: string): Promise<Sessions> {
  const signIn = async (email: string) =>
    (
      await graphql(origin, 'mutation S($i: SignInInput!) { signIn(input: $i) { viewer { kind } } }', {
        i: { email, password: 'quartierlab-demo' },
      })
    ).session;
  const join = await graphql(
    origin,
    'mutation { joinWorkshop(code: "DEMO42", displayName: "Fuzz") { workshop { id } userErrors { message } } }',
  );
  return {
    coordinator: await signIn('coordinatrice@demo.quartierlab.fr'),
    admin: await signIn('admin@demo.quartierlab.fr'),
    guest: join.session,
  };
}

const HARVEST = [
  '{ workshops(first: 100) { edges { cursor } pageInfo { endCursor } nodes { id slug joinCode prompts { id } neighbourhoods { id } coordinators { id } contributions(first: 100) { id } themes { id slug } } } }',
  '{ portraits(first: 100) { edges { cursor } nodes { id slug } } stories(first: 100) { edges { cursor } nodes { id slug } } }',
  '{ territories(first: 100) { edges { cursor } nodes { id slug } } organizations(first: 100) { edges { cursor } nodes { id slug } } themes { id slug } }',
];

/** Real ids, slugs, cursors and join codes from the seeded database. */
async function harvest(origin: string, cookie: string | undefined): Promise<Corpus> {
  const corpus = emptyCorpus();
  const walk = (value: unknown, key = '', parent = '') => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, key, parent));
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k, key === 'nodes' ? parent : key);
      return;
    }
    if (typeof value !== 'string') return;
    if (key === 'id') {
      const type = Buffer.from(value, 'base64url').toString('utf8').split(':')[0] ?? '?';
      corpus.idsByType.set(type, [...new Set([...(corpus.idsByType.get(type) ?? []), value])]);
    } else if (key === 'slug') {
      corpus.slugs.push(value);
      if (parent === 'workshops') corpus.workshopSlugs.push(value);
    } else if (key === 'cursor' || key === 'endCursor') corpus.cursors.push(value);
    else if (key === 'joinCode') corpus.joinCodes.push(value);
  };
  for (const query of HARVEST) {
    try {
      walk((await graphql(origin, query, {}, cookie)).json);
    } catch (error) {
      log(`Reading the seed data failed (${(error as Error).message}); going on with fewer real values.`);
    }
  }
  return corpus;
}

async function main(): Promise<number> {
  const options: RunOptions = {
    seed: process.env.FUZZ_SEED || randomBytes(4).toString('hex'),
    seconds: envInt('FUZZ_SECONDS', 60),
    maxCases: envInt('FUZZ_CASES', 5000),
    concurrency: envInt('FUZZ_CONCURRENCY', 4),
    slowMs: envInt('FUZZ_SLOW_MS', 2000),
    stallMs: envInt('FUZZ_STALL_MS', 1000),
    timeoutMs: envInt('FUZZ_TIMEOUT_MS', 10_000),
    weights: selectFamilies(process.env.FUZZ_FAMILIES),
  };
  const confirmMs = envInt('FUZZ_CONFIRM_SECONDS', 30) * 1000;

  let server: ServerProcess | null = null;
  let origin = process.env.FUZZ_URL?.replace(/\/+$/, '');
  if (!origin) {
    ensureBuilt(log);
    server = await startServer(log);
    origin = server.origin;
  }
  const stopServer = () => server?.stop() ?? Promise.resolve();
  process.once('SIGINT', () => void stopServer().finally(() => process.exit(130)));
  try {
    const url = new URL(origin);
    const http = new HttpClient(url.hostname, Number(url.port || 80), options.timeoutMs);
    const probeHttp = new HttpClient(url.hostname, Number(url.port || 80), 30_000);
    const sessions = await openSessions(origin);
    const corpus = await harvest(origin, sessions.coordinator);
    log(
      `Sessions: ${Object.entries(sessions)
        .map(([role, cookie]) => `${role} ${cookie ? 'yes' : 'NO'}`)
        .join(', ')}; ${[...corpus.idsByType.values()].flat().length} real ids, ${corpus.cursors.length} cursors.`,
    );
    const schema = buildSchema(readFileSync(path.join(repoRoot, 'schema/schema.graphql'), 'utf8'));
    const ctx: FuzzContext = {
      gen: new Generator(schema, corpus),
      corpus,
      sessions,
      origin,
      limits: await serverLimits(),
      growth: new Growth(),
    };
    const wsUrl = `${origin.replace(/^http/, 'ws')}/graphql`;
    const executor = new Executor(http, wsUrl, ctx, options);
    const probe = new HealthProbe(probeHttp, options.stallMs);
    const subscribeStderr = (listener: (event: StderrEvent) => void) => server?.onStderrEvent(listener);
    const serverExited = () => server?.exited() !== null && server?.exited() !== undefined;

    log(
      `Seed ${options.seed}: up to ${options.maxCases} cases in ${options.seconds} s, ${options.concurrency} at a time…`,
    );
    const results = await runCases(options, ctx, executor, probe, {
      subscribeStderr,
      serverExited,
      progress: (done, failures) => log(`${done} cases, ${failures} failing`),
    });
    const found = groupFailures(results);
    if (found.length > 0 && !results.crashed) {
      log(`Replaying ${found.length} failure families alone (at most ${confirmMs / 1000} s)…`);
      await confirm(found, executor, probe, subscribeStderr, confirmMs, serverExited);
    }
    const groups = sortGroups(found);
    const header = `QuartierLab fuzz — seed ${options.seed}, FUZZ_SECONDS=${options.seconds}, FUZZ_CASES=${options.maxCases}, concurrency ${options.concurrency}, slow > ${options.slowMs} ms, stall > ${options.stallMs} ms`;
    printReport(results, groups, sessions, header, (line) => process.stdout.write(`${line}\n`));
    writeJsonReport(reportFile, results, groups, sessions, { seed: options.seed, origin });
    process.stdout.write(`\nFull reproductions: ${reportFile}${server ? `; server log: ${serverLogFile}` : ''}\n`);
    http.close();
    probeHttp.close();
    const failing = groups.filter(counts);
    return failing.length > 0 || results.crashed ? 1 : 0;
  } finally {
    await stopServer();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(2);
  },
);
