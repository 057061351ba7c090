// What the live benchmarks share: the bench database next to DATABASE_URL's, server nodes started
// as real processes (the production entry point, the API only), and GraphQL over HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../src/config.js';

export const BENCH_DB = 'quartierlab_bench';

export const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = loadConfig();
export const adminUrl = config.databaseUrl ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
export const benchUrl = new URL(adminUrl);
benchUrl.pathname = `/${BENCH_DB}`;
export const redisUrl = config.redisUrl ?? 'redis://127.0.0.1:6379';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Admin connection; the bench database lives next to the one DATABASE_URL names. */
export async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    console.error(
      `PostgreSQL does not answer at ${new URL(url).host} (${(error as Error).message}).\n` +
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
export const dropBenchDb = () => admin(adminUrl, (c) => c.query(`drop database if exists ${BENCH_DB} with (force)`));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!kb) throw new Error(`No VmRSS in /proc/${pid}/status`);
  return Number(kb[1]) * 1024;
}

/** CPU seconds (user + system) a process has used: /proc/<pid>/stat, in clock ticks of 10 ms. */
export function cpuOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name, in parentheses, may hold spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

// ---------------------------------------------------------------------------------------------
// Server nodes

export interface Memory {
  rss: number;
  heapUsed: number;
}

export interface Node {
  name: string;
  child: ChildProcess;
  pid: number;
  url: string;
  wsUrl: string;
  /** Lines the process wrote to stderr (errors and warnings). */
  stderr: string[];
  exited: Promise<number | null>;
  /** A full garbage collection in the node (bench/live-gc.ts), then its memory. */
  collected(): Promise<Memory>;
}

export async function startNode(name: string, redis: string | undefined): Promise<Node> {
  const port = await freePort();
  // `node --import tsx`, not the tsx CLI: the CLI runs the server in a grandchild process, whose
  // memory we would not see.
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', '--import', './bench/live-gc.ts', 'src/main.ts'],
    {
      cwd: serverRoot,
      // A clean environment: nothing of the caller's (a REDIS_URL, a PORT) leaks into a node.
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        SEED_ON_START: 'true',
        DATABASE_URL: benchUrl.toString(),
        PORT: String(port),
        HOST: '127.0.0.1',
        CLIENT_BUILD_DIR: '/nonexistent',
        ...(redis ? { REDIS_URL: redis } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stderr: string[] = [];
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n').filter(Boolean)) {
      // Expected: the nodes serve the API only.
      if (line.startsWith('No built site in /nonexistent')) continue;
      stderr.push(line);
      console.error(`[${name}] ${line}`);
    }
  });
  const collections: ((memory: Memory) => void)[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s:\n${output}`)), 60_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      for (const line of chunk.split('\n')) {
        if (line.startsWith('[gc] ')) collections.shift()?.(JSON.parse(line.slice(5)) as Memory);
      }
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before listening:\n${output}\n${stderr.join('\n')}`));
    });
  });
  return {
    name,
    child,
    pid: child.pid!,
    url: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    stderr,
    exited,
    collected: () =>
      new Promise<Memory>((resolve) => {
        collections.push(resolve);
        child.kill('SIGUSR2');
      }),
  };
}

export async function stopNode(node: Node): Promise<number | null> {
  if (node.child.exitCode !== null || node.child.signalCode !== null) return node.child.exitCode;
  node.child.kill('SIGTERM');
  const timer = setTimeout(() => node.child.kill('SIGKILL'), 15_000);
  const code = await node.exited;
  clearTimeout(timer);
  return code;
}

// ---------------------------------------------------------------------------------------------
// GraphQL over HTTP

export interface GraphQLResponse {
  data?: Record<string, { userErrors?: { message: string }[] } & Record<string, unknown>>;
  errors?: { message: string }[];
}

export async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  cookie = '',
): Promise<{ json: GraphQLResponse; cookie: string | null }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as GraphQLResponse;
  const session = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0]!)
    .find((pair) => pair.startsWith('ql_session='));
  return { json, cookie: session ?? null };
}

/** The result's only field, or an error naming the operation and what went wrong. */
export function expectOk(what: string, json: GraphQLResponse) {
  const field = json.data ? Object.values(json.data)[0] : undefined;
  if (json.errors || !field || (field.userErrors?.length ?? 0) > 0) {
    throw new Error(`${what} failed: ${JSON.stringify(json).slice(0, 1000)}`);
  }
  return field;
}
