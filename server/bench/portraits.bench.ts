// Load benchmark of the nested portraits list, against a real PostgreSQL and the real HTTP app.
// Usage: npm run bench (root), or `npx tsx bench/portraits.bench.ts --duration=15` in server/.
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { ServerResponse } from 'node:http';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { migrate, openDatabase, type Database } from '../src/database.js';
import { createApp, type App } from '../src/app.js';
import { LiveHub } from '../src/live/live.hub.js';
import { LocalBus } from '../src/live/live.bus.js';
import { streamKinds } from '../src/features.js';
import { createSchema } from '../src/schema.js';
import { seed } from '../src/seeding/seed.service.js';
import { generatePortraits } from '../src/seeding/generate.js';
import { PORTRAITS_LIST as LIST } from '../src/test-support/queries.js';

const BENCH_DB = 'quartierlab_bench';
const CONNECTIONS = 50;
const WARMUP_SECONDS = 3;
const durationArg = process.argv.find((a) => a.startsWith('--duration='))?.split('=')[1];
const DURATION = durationArg === undefined ? 15 : Number(durationArg);
if (!Number.isInteger(DURATION) || DURATION < 1) {
  console.error(`--duration=${durationArg} must be a whole number of seconds ≥ 1`);
  process.exit(2);
}

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** The autocannon CLI in a child process, so the load generator does not steal the server's event loop. */
function cannon(url: string, body: string, seconds: number): Promise<CannonResult> {
  const cli = createRequire(import.meta.url).resolve('autocannon');
  const args = [
    cli,
    '-j',
    '-n',
    '-c',
    String(CONNECTIONS),
    '-d',
    String(seconds),
    '-m',
    'POST',
    '-H',
    'content-type=application/json',
    '-b',
    body,
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with code ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop()!) as CannonResult);
      } catch {
        reject(new Error(`Unreadable autocannon output: ${out.slice(0, 500)}`));
      }
    });
  });
}

/** Admin connection; the bench database lives next to the one DATABASE_URL names. */
async function admin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  try {
    await client.connect();
  } catch (error) {
    const where = new URL(adminUrl).host;
    console.error(
      `PostgreSQL does not answer at ${where} (${(error as Error).message}).\n` +
        'Start it (e.g. `pg_ctlcluster 15 main start` or `service postgresql start`), or set ' +
        'DATABASE_URL=postgresql://user@host:port/postgres to a server where that user may create databases.',
    );
    process.exit(1);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const config = loadConfig();
const adminUrl = config.databaseUrl ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const benchUrl = new URL(adminUrl);
benchUrl.pathname = `/${BENCH_DB}`;
const dropBenchDb = () => admin(adminUrl, (c) => c.query(`drop database if exists ${BENCH_DB} with (force)`));

let db: Database | undefined;
let app: App | undefined;
try {
  await dropBenchDb();
  await admin(adminUrl, (c) => c.query(`create database ${BENCH_DB}`));
  db = await openDatabase({ databaseUrl: benchUrl.toString(), dataDir: '' });
  const knex = db.orm.em.getKnex();
  await migrate(db.orm);
  await seed(db.orm);
  await generatePortraits(db.orm, 1000);
  const portraits = Number(((await knex('portrait').count({ n: '*' }).first()) as { n: string }).n);

  // Port 0 in the config too: only /graphql is used, and the config port only feeds the
  // websocket origin check and the site's internal origin.
  app = await createApp(
    { ...config, port: 0, host: '127.0.0.1' },
    db.orm,
    await createSchema(),
    new LiveHub(new LocalBus(), streamKinds),
  );
  const server = app.server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  // Counted on the server so that both figures cover exactly the same requests, including those
  // still in flight when autocannon stops. GraphQL errors come with status 200, so autocannon
  // cannot see them: Apollo serializes `errors` first, so a body starting with it has errors.
  let statements = 0;
  let requests = 0;
  let graphqlErrors = 0;
  let inFlight = 0;
  knex.on('query', () => void (statements += 1));
  server.on('request', (_req, res: ServerResponse) => {
    requests += 1;
    inFlight += 1;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      inFlight -= 1;
      if (typeof args[0] === 'string' && args[0].startsWith('{"errors"')) graphqlErrors += 1;
      return end(...args);
    }) as ServerResponse['end'];
  });
  // autocannon hangs up on its last requests, but the server still runs them: wait for them, or
  // their statements land in the next scenario and closing the pool fails them noisily.
  const drained = async () => {
    for (let waited = 0; inFlight > 0; waited += 50) {
      if (waited > 60_000) throw new Error(`${inFlight} requests still running 60 s after the load stopped`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  const rows: Record<string, string | number>[] = [];
  for (const first of [20, 100]) {
    const body = JSON.stringify({ query: LIST, variables: { first } });
    // One request by hand first: a schema or resolver error would otherwise be benchmarked as 200s.
    const probe = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await probe.json()) as { errors?: unknown; data?: { portraits: { nodes: unknown[] } } };
    if (probe.status !== 200 || json.errors || json.data?.portraits.nodes.length !== first) {
      throw new Error(
        `The list query fails (first: ${first}, HTTP ${probe.status}): ${JSON.stringify(json).slice(0, 1000)}`,
      );
    }
    await cannon(url, body, WARMUP_SECONDS);
    await drained();
    statements = requests = graphqlErrors = 0;
    console.log(`first: ${first} — ${CONNECTIONS} connections for ${DURATION} s…`);
    const result = await cannon(url, body, DURATION);
    await drained();
    rows.push({
      scenario: `portraits(first: ${first})`,
      'req/s (mean)': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      'SQL/req': requests ? Number((statements / requests).toFixed(2)) : 0,
      'non-2xx': result.non2xx,
      // socket errors and timeouts seen by autocannon, plus 200 responses carrying GraphQL errors
      errors: result.errors + result.timeouts + graphqlErrors,
      requests: result.requests.total,
    });
  }

  const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
  console.log(
    `\nNode ${process.version}, ${portraits} portraits, PostgreSQL at ${benchUrl.host}, ${CONNECTIONS} connections, ${DURATION} s per scenario`,
  );
  console.table(rows);
  console.log(
    `Server process RSS: ${mib(process.memoryUsage().rss)} now, ${mib(process.resourceUsage().maxRSS * 1024)} peak`,
  );
  if (rows.some((r) => r['non-2xx'] !== 0 || r.errors !== 0)) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await app?.stop();
  await db?.close();
  await dropBenchDb().catch((error: unknown) => console.error('Could not drop the bench database:', error));
}
