// The production server process under test, started as `npm start` would start it (built
// server and site, NODE_ENV=production) on a throw-away embedded database, with its stderr read
// line by line: stack traces there are failures even when the client saw a clean answer.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(serverDir, '..');
const serverMain = path.join(serverDir, 'dist/src/main.js');
const clientBuild = path.join(repoRoot, 'client/build');
export const serverLogFile = path.join(os.tmpdir(), 'quartierlab-fuzz-server.log');

const READY_TIMEOUT_MS = 60_000;

/** One error the server wrote to stderr: its first line, the whole text, when. */
export interface StderrEvent {
  at: number;
  firstLine: string;
  text: string;
}

export interface ServerProcess {
  origin: string;
  host: string;
  port: number;
  /** Errors written to stderr after the server was ready. */
  onStderrEvent(listener: (event: StderrEvent) => void): void;
  exited(): { code: number | null; signal: string | null } | null;
  stop(): Promise<void>;
}

/** `npm run fuzz` builds first; run directly (`npx tsx fuzz/main.ts`), build only when missing. */
export function ensureBuilt(log: (message: string) => void) {
  if (existsSync(serverMain) && existsSync(path.join(clientBuild, 'handler.js'))) return;
  log('The built server or site is missing: running `turbo run build`…');
  const result = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The build failed.');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Splits stderr into events: a line starting at column 0 opens one, indented lines (stack
 * frames, error properties) and closing braces continue it.
 */
class StderrSplitter {
  private pending = '';
  private current: StderrEvent | null = null;
  private flushTimer: NodeJS.Timeout | null = null;

  constructor(private readonly emit: (event: StderrEvent) => void) {}

  push(chunk: string) {
    this.pending += chunk;
    const lines = this.pending.split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() === '') continue;
      if (this.current && /^(\s|[}\]]|Caused by)/.test(line)) this.current.text += `\n${line}`;
      else {
        this.flush();
        this.current = { at: performance.now(), firstLine: line.slice(0, 2000), text: line };
      }
    }
    // An event is complete once no continuation line follows for a moment.
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => this.flush(), 50);
  }

  flush() {
    if (this.current) this.emit(this.current);
    this.current = null;
  }
}

export async function startServer(log: (message: string) => void): Promise<ServerProcess> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quartierlab-fuzz-'));
  // The server imports the site's page modules lazily: run it on a private copy of the build so
  // that a rebuild elsewhere during the run cannot pull files from under it. The copy stays in
  // the repository so that the site's bare imports resolve to node_modules; a folder named
  // `build` is skipped by git, prettier and eslint.
  const runDir = await mkdtemp(path.join(serverDir, 'fuzz', '.run-'));
  const siteDir = path.join(runDir, 'build');
  await cp(clientBuild, siteDir, { recursive: true });

  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_ON_START: 'true',
    CLIENT_BUILD_DIR: siteDir,
  };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'PUBLIC_ORIGIN', 'INIT_CWD', 'TRUST_PROXY']) delete env[name];
  if (process.env.FUZZ_DATABASE_URL) env.DATABASE_URL = process.env.FUZZ_DATABASE_URL;

  const logStream = createWriteStream(serverLogFile);
  const child: ChildProcess = spawn(process.execPath, [serverMain], {
    cwd: serverDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Set by the exit handler (the cast keeps TypeScript from narrowing it to null for good).
  let exit = null as { code: number | null; signal: string | null } | null;
  const exitPromise = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve();
    }),
  );
  const listeners: ((event: StderrEvent) => void)[] = [];
  let ready = false;
  const startupErrors: string[] = [];
  const splitter = new StderrSplitter((event) => {
    if (ready) for (const listener of listeners) listener(event);
    else startupErrors.push(event.text);
  });
  child.stdout!.pipe(logStream, { end: false });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    logStream.write(chunk);
    splitter.push(chunk);
  });

  const stop = async () => {
    if (!exit) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exitPromise;
      clearTimeout(timer);
    }
    await new Promise((resolve) => logStream.end(resolve));
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
    await rm(runDir, { recursive: true, force: true }).catch(() => undefined);
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  log(
    `Starting the server on port ${port} (${env.DATABASE_URL ? 'FUZZ_DATABASE_URL' : `embedded database in ${dataDir}`})…`,
  );
  while (!ready) {
    if (exit || Date.now() > deadline) {
      const how = exit ? `exited (${exit.signal ?? `exit code ${exit.code}`})` : 'was not ready within 60 s';
      await stop();
      splitter.flush();
      throw new Error(`The server ${how}; its log is in ${serverLogFile}.\n${startupErrors.join('\n')}`);
    }
    try {
      const response = await fetch(`${origin}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) ready = true;
    } catch {
      // not listening yet
    }
    // Poll again after a moment (a retry interval, not a wait for an outcome).
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  splitter.flush();
  if (startupErrors.length > 0) log(`The server wrote to stderr while starting:\n${startupErrors.join('\n')}`);
  return {
    origin,
    host: '127.0.0.1',
    port,
    onStderrEvent: (listener) => listeners.push(listener),
    exited: () => exit,
    stop,
  };
}
