import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serverRoot } from '../src/shared/paths.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'quartierlab-process-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the real entry point on the embedded database; resolves once it listens (or exits). */
async function start(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(path.join(serverRoot, '../node_modules/.bin/tsx'), ['src/main.ts'], {
    cwd: serverRoot,
    // A clean environment: the test run's DATABASE_URL, if any, must not redirect this embedded-mode check.
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      DATA_DIR: dataDir,
      CLIENT_BUILD_DIR: '/nonexistent',
      ...env,
    },
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => resolve());
  });
  return { child, port, exited, output: () => output };
}

describe('the server process', () => {
  it('stops cleanly on SIGTERM, keeps its data folder, and refuses a second process on it', async () => {
    const first = await start({});
    expect(first.output()).toContain('Empty database: loaded the seed content.');
    const second = await start({});
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/in use by another QuartierLab process/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(path.join(dataDir, 'quartierlab.lock'))).toBe(false);

    const again = await start({});
    expect(again.output()).toContain('listening on');
    expect(again.output()).not.toContain('Empty database');
    const response = await fetch(`http://127.0.0.1:${again.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ portraits(first: 1) { totalCount } }' }),
    });
    const body = (await response.json()) as { data: { portraits: { totalCount: number } } };
    expect(body.data.portraits.totalCount).toBeGreaterThan(20);
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  }, 120_000);

  it('refuses to start on a bad setting and names it', async () => {
    const bad = await start({ PORT: 'eighty' });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toMatch(/PORT="eighty" must be a whole number/);
  });
});
