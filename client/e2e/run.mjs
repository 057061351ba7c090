#!/usr/bin/env node
// End-to-end tests of the built site, in Debian's Chromium driven by playwright-core.
//
//   npm run build              (at the repository root, once)
//   npm run test:e2e -w client (this script)
//
// This script prepares everything the tests need, then runs them with Node's own test runner:
//   1. finds Chromium (CHROMIUM_PATH, `chromium` on PATH, /usr/bin/chromium); installs Debian's
//      package when it runs as root with apt-get, otherwise says what to run. It never downloads
//      a browser.
//   2. starts the built server (server/dist) on a free port with a fresh embedded database in a
//      temporary folder (or a fresh database created on the PostgreSQL server of
//      E2E_DATABASE_URL, dropped afterwards), waits for /readyz, and logs its output to
//      e2e/artifacts/server.log. Every run starts from the seed content: the live tests change it.
//   3. runs e2e/site.e2e.mjs, e2e/hostile.e2e.mjs, e2e/diagnosis.e2e.mjs (it puts the live
//      workshop back in strict mode when done), e2e/review.e2e.mjs, e2e/stories-authoring.e2e.mjs,
//      e2e/workshops-planning.e2e.mjs (it plans and opens workshops of its own),
//      e2e/portraits-authoring.e2e.mjs, e2e/live.e2e.mjs, then e2e/organizations-admin.e2e.mjs
//      (node:test, TAP output ending with "# pass N" / "# fail N"), then always stops the server
//      and removes the temporary folders, also on failure or Ctrl-C. The live tests close the
//      demo live workshop, so only the organizations' test, which needs no workshop, runs after.
//
// Environment: CHROMIUM_PATH, E2E_DATABASE_URL (test on a real PostgreSQL instead of the
// embedded database: the run creates its own database there), E2E_REDIS_URL (carry live events through Redis), E2E_KEEP_DATA=1 (keep the
// temporary database folder, or database, for inspection), E2E_ONLY=live (run only the test files whose name
// contains one of these comma-separated words).
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, createWriteStream, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { run } from 'node:test';
import { tap } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';

const e2eDir = path.dirname(fileURLToPath(import.meta.url));
const clientDir = path.resolve(e2eDir, '..');
const repoRoot = path.resolve(clientDir, '..');
const serverDir = path.join(repoRoot, 'server');
const serverMain = path.join(serverDir, 'dist/src/main.js');
const clientBuild = path.join(clientDir, 'build');
const artifactsDir = path.join(e2eDir, 'artifacts');
const serverLogFile = path.join(artifactsDir, 'server.log');
const allTestFiles = [
  'site.e2e.mjs',
  'hostile.e2e.mjs',
  'diagnosis.e2e.mjs',
  'review.e2e.mjs',
  'stories-authoring.e2e.mjs',
  'workshops-planning.e2e.mjs',
  'portraits-authoring.e2e.mjs',
  'live.e2e.mjs',
  // Last: it changes memberships and a demo person's role (and puts the role back).
  'organizations-admin.e2e.mjs',
];
const only = (process.env.E2E_ONLY ?? '')
  .split(',')
  .map((word) => word.trim())
  .filter(Boolean);
const testFiles = allTestFiles
  .filter((file) => only.length === 0 || only.some((word) => file.includes(word)))
  .map((file) => path.join(e2eDir, file));
if (testFiles.length === 0) {
  fail(`E2E_ONLY=${process.env.E2E_ONLY} matches none of ${allTestFiles.join(', ')}.`);
}

const READY_TIMEOUT_MS = 60_000;
/**
 * Upper bound for the whole test file; each test has its own, smaller bound. Generous: a loaded
 * two-core machine runs the site file in about two minutes.
 */
const TESTS_TIMEOUT_MS = 420_000;

function log(message) {
  process.stderr.write(`[e2e] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`\n[e2e] ${message}\n`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// 1. Chromium
// ---------------------------------------------------------------------------------------------

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const found = result.status === 0 ? result.stdout.trim() : '';
  return found && isExecutable(found) ? found : null;
}

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!isExecutable(fromEnv)) fail(`CHROMIUM_PATH=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  return which('chromium') ?? (isExecutable('/usr/bin/chromium') ? '/usr/bin/chromium' : null);
}

function installChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !which('apt-get')) {
    fail(
      'Chromium is not installed (looked at CHROMIUM_PATH, `command -v chromium`, /usr/bin/chromium).\n' +
        "      Install Debian's package and run the tests again:\n\n" +
        '        sudo apt-get install -y chromium\n\n' +
        '      (or set CHROMIUM_PATH to a Chromium binary). These tests never download a browser.',
    );
  }
  log("Chromium is missing: installing Debian's package (apt-get install -y chromium)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) fail(`\`apt-get ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
  }
  return findChromium() ?? fail('apt-get installed chromium but no `chromium` binary was found.');
}

const chromiumPath = findChromium() ?? installChromium();
const chromiumVersion = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 20_000 });
log(`Chromium: ${chromiumPath} (${(chromiumVersion.stdout || chromiumVersion.stderr || '?').trim()})`);

// ---------------------------------------------------------------------------------------------
// 2. The built server
// ---------------------------------------------------------------------------------------------

const missing = [serverMain, path.join(clientBuild, 'handler.js')].filter((file) => !existsSync(file));
if (missing.length > 0) {
  fail(
    `The built app is missing (${missing.map((f) => path.relative(repoRoot, f)).join(', ')}).\n` +
      '      Run `npm run build` at the repository root first, then run the tests again.',
  );
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/** @type {import('node:child_process').ChildProcess | null} */
let server = null;
let serverExit = null;
let dataDir = null;
/** The database created for this run on E2E_DATABASE_URL's server, and how to drop it. */
let pgDatabase = null;
let buildCopy = null;
let cleaningUp = null;

async function stopServer() {
  if (!server || serverExit) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (!serverExit) {
      log('The server did not stop within 10 s: killing it.');
      server.kill('SIGKILL');
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

function cleanup() {
  cleaningUp ??= (async () => {
    await stopServer().catch((error) => log(`Could not stop the server: ${error}`));
    if (dataDir) {
      if (process.env.E2E_KEEP_DATA === '1') log(`Kept the database folder ${dataDir}`);
      else
        await rm(dataDir, { recursive: true, force: true }).catch((error) =>
          log(`Could not remove ${dataDir}: ${error}`),
        );
    }
    if (pgDatabase) {
      if (process.env.E2E_KEEP_DATA === '1') log(`Kept the database ${pgDatabase.url}`);
      else await pgDatabase.drop().catch((error) => log(`Could not drop ${pgDatabase.name}: ${error}`));
    }
    if (buildCopy) await rm(buildCopy, { recursive: true, force: true }).catch(() => undefined);
  })();
  return cleaningUp;
}

function printServerLog(lines = Infinity) {
  try {
    const text = readFileSync(serverLogFile, 'utf8').trimEnd().split('\n');
    const shown = text.slice(-lines);
    process.stderr.write(
      `\n[e2e] ---- server log (${shown.length < text.length ? `last ${shown.length} lines of ` : ''}${path.relative(repoRoot, serverLogFile)}) ----\n` +
        `${shown.join('\n')}\n[e2e] ---- end of server log ----\n`,
    );
  } catch {
    // no log yet
  }
}

let interrupted = false;
const abortTests = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    abortTests.abort();
    log(`${signal} received: stopping the server and cleaning up…`);
    void cleanup().finally(() => process.exit(130));
  });
}

/** Removes what earlier runs left: screenshots, reports, logs, and build copies of killed runs. */
async function clearArtifacts() {
  await mkdir(artifactsDir, { recursive: true });
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const entry of await readdir(artifactsDir, { withFileTypes: true })) {
    const file = path.join(artifactsDir, entry.name);
    if (entry.isFile() && /\.(png|txt|log)$/.test(entry.name)) await rm(file, { force: true });
    else if (entry.isDirectory() && entry.name.startsWith('.run-') && (await stat(file)).mtimeMs < dayAgo) {
      await rm(file, { recursive: true, force: true });
    }
  }
}

/**
 * A fresh database on the PostgreSQL server of `adminUrl` (the server migrates and seeds it when
 * it starts): the live tests close the demo workshop, so a database kept between runs would not do.
 */
async function createPgDatabase(adminUrl) {
  const { default: pg } = await import('pg');
  const name = `quartierlab_e2e_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const dropper = new pg.Client({ connectionString: adminUrl });
    await dropper.connect();
    try {
      await dropper.query(`drop database if exists ${name} with (force)`);
    } finally {
      await dropper.end();
    }
  };
  return { name, url: url.toString(), drop };
}

async function startServer() {
  await clearArtifacts();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'quartierlab-e2e-'));
  // The server imports the site's page modules lazily: run it on a private copy of the build so
  // that a rebuild during the run (`npm run build` elsewhere) cannot pull files from under it.
  // The copy stays inside client/ so that the site's bare imports still resolve to node_modules.
  // (Its folder is named `build` so that linters and formatters skip it like client/build.)
  buildCopy = await mkdtemp(path.join(artifactsDir, '.run-'));
  const siteDir = path.join(buildCopy, 'build');
  await cp(clientBuild, siteDir, { recursive: true });
  if (!existsSync(path.join(siteDir, 'handler.js'))) throw new Error('Copying client/build failed.');

  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, CLIENT_BUILD_DIR: siteDir };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.PUBLIC_ORIGIN;
  delete env.INIT_CWD; // the server resolves relative paths from INIT_CWD; ours are absolute anyway
  delete env.NODE_TEST_CONTEXT;
  if (process.env.E2E_DATABASE_URL) {
    pgDatabase = await createPgDatabase(process.env.E2E_DATABASE_URL);
    env.DATABASE_URL = pgDatabase.url;
  }
  if (process.env.E2E_REDIS_URL) env.REDIS_URL = process.env.E2E_REDIS_URL;

  const logStream = createWriteStream(serverLogFile);
  log(
    `Starting the server on port ${port} (${env.DATABASE_URL ? `PostgreSQL database ${pgDatabase?.name} on E2E_DATABASE_URL's server` : `embedded database in ${dataDir}`}${env.REDIS_URL ? ', Redis from E2E_REDIS_URL' : ''})…`,
  );
  server = spawn(process.execPath, [path.relative(serverDir, serverMain)], {
    cwd: serverDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.pipe(logStream, { end: false });
  server.stderr.pipe(logStream, { end: false });
  server.once('exit', (code, signal) => {
    serverExit = { code, signal };
    logStream.end();
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError = 'no answer yet';
  while (Date.now() < deadline) {
    if (serverExit)
      throw new Error(
        `The server exited before it was ready (${serverExit.signal ?? `exit code ${serverExit.code}`}).`,
      );
    try {
      const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return baseUrl;
      lastError = `/readyz answered ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    // Poll again once the server had a moment (a retry interval, not a wait for an outcome).
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server was not ready within ${READY_TIMEOUT_MS / 1000} s (${lastError}).`);
}

// ---------------------------------------------------------------------------------------------
// 3. The tests
// ---------------------------------------------------------------------------------------------

async function runTests(baseUrl) {
  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_CHROMIUM = chromiumPath;
  process.env.E2E_ARTIFACTS = artifactsDir;
  process.env.E2E_AXE = path.join(path.dirname(fileURLToPath(import.meta.resolve('axe-core'))), 'axe.min.js');

  let failed = false;
  const stream = run({ files: testFiles, timeout: TESTS_TIMEOUT_MS, concurrency: 1, signal: abortTests.signal });
  stream.on('test:fail', () => {
    failed = true;
  });
  const output = stream.compose(tap);
  output.pipe(process.stdout);
  await finished(output);
  return failed;
}

let exitCode = 1;
try {
  const started = Date.now();
  const baseUrl = await startServer();
  log(`Server ready at ${baseUrl} after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  const failed = await runTests(baseUrl);
  exitCode = failed || serverExit ? 1 : 0;
  if (!interrupted) {
    if (serverExit) {
      log(`The server stopped during the tests (${serverExit.signal ?? `exit code ${serverExit.code}`}).`);
      printServerLog(200);
    } else if (failed) {
      printServerLog(80);
    }
    log(
      exitCode !== 0
        ? `Some tests failed: screenshots and the server log are in ${path.relative(repoRoot, artifactsDir)}/`
        : 'All end-to-end tests passed.',
    );
  }
} catch (error) {
  if (!interrupted) {
    process.stderr.write(`\n[e2e] ${error instanceof Error ? error.message : String(error)}\n`);
    printServerLog();
  }
  exitCode = 1;
} finally {
  await cleanup();
}
// On SIGINT/SIGTERM the signal handler exits (130) once the cleanup is done.
if (!interrupted) process.exit(exitCode);
