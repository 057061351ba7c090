import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../src/config.js';
import { createApp, type App } from '../src/app.js';
import { createSchema } from '../src/schema.js';
import { DatabaseLockedError, openDatabase, type Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { factories } from '../src/test-support/factories/index.js';
import { LiveHub } from '../src/live/live.hub.js';
import { LocalBus } from '../src/live/live.bus.js';
import { streamKinds } from '../src/features.js';

let db: Database;
let app: App;
let base: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await factories(db.orm).themes(2);
  const config = { ...loadConfig({}), port: 0, clientBuildDir: '/nonexistent' };
  app = await createApp(config, db.orm, await createSchema(), new LiveHub(new LocalBus(), streamKinds));
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app?.stop();
  await db?.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the HTTP server', () => {
  it('answers liveness and readiness', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves GraphQL over POST', async () => {
    const response = await post(JSON.stringify({ query: '{ themes { slug } }' }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { themes: unknown[] } };
    expect(body.data.themes.length).toBeGreaterThan(0);
  });

  it('refuses simple cross-site GET requests (CSRF)', async () => {
    const response = await fetch(`${base}/graphql?query=${encodeURIComponent('{ themes { slug } }')}`);
    expect(response.status).toBe(400);
  });

  it('refuses oversized bodies, bad JSON and too-deep queries with clear errors', async () => {
    expect((await post('x'.repeat(1_100_000))).status).toBe(413);
    const bad = await post('{ nope');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/not valid JSON/);
    const deep =
      '{ portraits { nodes { territory { portraits { territory { portraits { territory { portraits { territory { portraits { territory { portraits { name } } } } } } } } } } } } }';
    const response = await post(JSON.stringify({ query: deep }));
    expect(JSON.stringify(await response.json())).toMatch(/depth limit of 12 exceeded, found \d+/);
  });

  it('masks unexpected errors', async () => {
    const response = await post(JSON.stringify({ query: '{ portrait(slug: "nope") { name } }' }));
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions.code).toBe('NOT_FOUND');
    expect(body.errors[0]!.extensions.stacktrace).toBeUndefined();
  });

  it('accepts websocket upgrades from its own origin only', async () => {
    const url = base.replace('http', 'ws') + '/graphql';
    const opened = (origin: string) =>
      new Promise<boolean>((resolve) => {
        const ws = new WebSocket(url, 'graphql-transport-ws', { origin });
        ws.on('open', () => {
          ws.close();
          resolve(true);
        });
        ws.on('error', () => resolve(false));
      });
    expect(await opened('https://evil.example')).toBe(false);
    expect(await opened(base.replace('127.0.0.1', 'localhost'))).toBe(false);
    expect(await opened(base)).toBe(true);
  });
});

describe('the embedded database', () => {
  it('refuses a second process on the same data folder', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'quartierlab-lock-'));
    // A live process (the parent of this test worker) holds the lock.
    writeFileSync(path.join(dir, 'quartierlab.lock'), String(process.ppid));
    await expect(openDatabase({ databaseUrl: undefined, dataDir: dir })).rejects.toBeInstanceOf(DatabaseLockedError);
    await expect(openDatabase({ databaseUrl: undefined, dataDir: dir })).rejects.toThrow(
      /in use by another QuartierLab process/,
    );
  });
});
