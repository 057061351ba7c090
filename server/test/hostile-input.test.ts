import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { MikroORM } from '@mikro-orm/postgresql';
import { openTestDatabase } from '../src/test-support/database.js';
import { startTestServer, type TestServer } from '../src/test-support/server.js';
import { ormOptions, type Database } from '../src/database.js';
import { loadConfig } from '../src/config.js';
import { factories } from '../src/test-support/factories/index.js';

let db: Database;
let server: TestServer;
let cookie: string;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db.orm, { config: { introspection: false, publicOrigin: 'https://ql.example' } });
  const make = factories(db.orm);
  cookie = await server.cookieFor(await (await make.person()).viewer());
  // Something to page through, and a workshop to join.
  const territory = await make.territory();
  for (let i = 0; i < 4; i++) await make.portrait({ territoryId: territory.id });
  await make.workshop({ status: 'LIVE', territoryId: territory.id, joinCode: 'QRTEST' });
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

const post = async (url: string, query: string, variables: Record<string, unknown> = {}, headers = {}) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as any };
};

/** No answer may be an internal error, whatever was sent. */
function expectNoInternalError(answer: { status: number; text: string }, what: string) {
  expect(answer.status, `${what}: ${answer.text}`).toBeLessThan(500);
  expect(answer.text, what).not.toMatch(/INTERNAL_SERVER_ERROR|Internal server error/);
}

const cursor = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const uuid = '00000000-0000-4000-8000-000000000000';

describe('NUL bytes', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['an escaped literal', `{ portrait(slug: "a\\u0000b") { name } }`, {}],
    ['a top-level variable', `query($s: String!) { portrait(slug: $s) { name } }`, { s: 'a\u0000b' }],
    [
      'a variable inside an input object',
      `mutation($i: SignInInput!) { signIn(input: $i) { userErrors { message } } }`,
      { i: { email: 'a\u0000@b.fr', password: 'x' } },
    ],
    [
      'a variable inside a list',
      `query($f: PortraitFilter) { portraits(filter: $f) { nodes { name } } }`,
      { f: { themeSlugs: ['ok', 'no\u0000pe'] } },
    ],
    [
      'a filter text',
      `query($f: PortraitFilter) { portraits(filter: $f) { nodes { name } } }`,
      { f: { search: '\u0000' } },
    ],
    [
      'an object key',
      `query($f: PortraitFilter) { portraits(filter: $f) { nodes { name } } }`,
      { f: { 'sea\u0000rch': 'x' } },
    ],
    [
      'a join name',
      `mutation($c: String!, $n: String!) { joinWorkshop(code: $c, displayName: $n) { userErrors { message } } }`,
      { c: 'QRTEST', n: 'Ali\u0000ce' },
    ],
  ];
  for (const [name, query, variables] of cases) {
    it(`in ${name} is refused as bad input, naming where`, async () => {
      const answer = await post(server.url, query, variables, { cookie });
      expectNoInternalError(answer, name);
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].message).toMatch(/NUL character/);
    });
  }
});

describe('forged pagination cursors', () => {
  const lists = [
    'portraits(sort: NAME',
    'portraits(sort: NEWEST',
    'portraits(sort: START_YEAR',
    'stories(sort: NEWEST',
    'workshops(sort: SOONEST',
    'organizations(',
    'territories(',
  ];
  const forged = [
    'not base64 at all!',
    cursor('garbage'),
    cursor({}),
    cursor([1]),
    cursor(['x', 'y']),
    cursor([{ a: 1 }, uuid]),
    cursor([[1, 2], uuid]),
    cursor([1e300, uuid]),
    cursor(['x'.repeat(5000), uuid]),
    cursor(['\u0000', uuid]),
    'A'.repeat(10_000),
  ];
  const dateSorted = ['portraits(sort: NEWEST', 'stories(sort: NEWEST', 'workshops(sort: SOONEST'];
  it('are refused with BAD_USER_INPUT on every list, and never reach SQL', async () => {
    for (const list of lists) {
      // Text is a fine sort key for a name; it is not a date.
      const notADate = dateSorted.includes(list) ? [cursor(['2026-13-45', uuid]), cursor(['yesterday', uuid])] : [];
      for (const after of [...forged, ...notADate]) {
        const sep = list.endsWith('(') ? '' : ', ';
        const answer = await post(server.url, `query($a: String) { ${list}${sep}after: $a) { nodes { id } } }`, {
          a: after,
        });
        expectNoInternalError(answer, `${list} after ${after.slice(0, 40)}`);
        expect(answer.body.errors?.[0]?.extensions?.code, `${list} ${after.slice(0, 40)}`).toBe('BAD_USER_INPUT');
      }
    }
  });

  it('a real cursor still pages', async () => {
    const first = await post(server.url, `{ portraits(first: 2) { pageInfo { endCursor } nodes { id } } }`);
    const next = await post(server.url, `query($a: String) { portraits(first: 2, after: $a) { nodes { id } } }`, {
      a: first.body.data.portraits.pageInfo.endCursor,
    });
    expect(next.body.data.portraits.nodes).toHaveLength(2);
    expect(next.body.data.portraits.nodes[0].id).not.toBe(first.body.data.portraits.nodes[0].id);
  });
});

describe('requests that are not what the endpoint serves', () => {
  it('a subscription over HTTP POST or GET is a 4xx that points to the websocket', async () => {
    const query = `subscription { workshopEvents(workshopId: "${cursor(`Workshop:${uuid}`)}") { seq } }`;
    const answer = await post(server.url, query);
    expectNoInternalError(answer, 'POST');
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].message).toMatch(/websocket/);
    const get = await fetch(`${server.url}?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBeGreaterThanOrEqual(400);
    expect(get.status).toBeLessThan(500);
  });

  it('broken bodies and shapes are 4xx', async () => {
    for (const body of ['', '[]', '[{"query":"{ themes { slug } }"}]', '"x"', '42', 'null', '{"query": 1}']) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await response.text();
      expectNoInternalError({ status: response.status, text }, `body ${body}`);
    }
    const variables = await post(server.url, `query($s: String!) { portrait(slug: $s) { name } }`, 'x' as never);
    expectNoInternalError(variables, 'variables as a string');
  });
});

/** A websocket that has said hello, and what it is sent. */
async function socket() {
  const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const messages: any[] = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data))));
  const closed = new Promise<number>((resolve) => ws.once('close', resolve));
  ws.send(JSON.stringify({ type: 'connection_init' }));
  while (messages.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  const answer = async (id: string) => {
    for (let i = 0; i < 400 && !messages.some((m) => m.id === id && m.type !== 'next'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return messages.filter((m) => m.id === id);
  };
  return { ws, closed, answer };
}

describe('what the fuzzer found', () => {
  it('variables that do not fit the operation are bad input over the websocket, as over HTTP', async () => {
    const { ws, answer } = await socket();
    const cases: [string, Record<string, unknown>][] = [
      ['query($n: Int) { portraits(first: $n) { totalCount } }', { n: 1.5 }],
      ['query($id: ID!) { node(id: $id) { id } }', { id: true }],
      ['query($id: ID!) { node(id: $id) { id } }', { id: null }],
      ['query($f: PortraitFilter) { portraits(filter: $f) { totalCount } }', { f: { nope: 1 } }],
    ];
    for (const [i, [query, variables]] of cases.entries()) {
      ws.send(JSON.stringify({ id: `v${i}`, type: 'subscribe', payload: { query, variables } }));
      const [first] = await answer(`v${i}`);
      expect(JSON.stringify(first)).toMatch(/BAD_USER_INPUT/);
      expect(JSON.stringify(first)).not.toMatch(/INTERNAL_SERVER_ERROR/);
    }
    ws.close();
  });

  it('frames the protocol refuses close the socket without an internal error in the log', async () => {
    const logged = vi.spyOn(console, 'error');
    try {
      const oversized = await socket();
      oversized.ws.send('x'.repeat(300 * 1024));
      expect(await oversized.closed).toBe(1009);
      const broken = await socket();
      broken.ws.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
      expect(await broken.closed).toBe(1007);
      expect(logged.mock.calls.flat().join(' ')).not.toMatch(/Internal error/);
    } finally {
      logged.mockRestore();
    }
  });

  it('persisted-query hashes are refused with their own code', async () => {
    for (const extensions of [{ persistedQuery: 'x' }, { persistedQuery: { version: 1, sha256Hash: 'x' } }]) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ themes { slug } }', extensions }),
      });
      const text = await response.text();
      expectNoInternalError({ status: response.status, text }, JSON.stringify(extensions));
    }
  });

  it('a global id naming an object prototype property finds nothing', async () => {
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const answer = await post(server.url, 'query($id: ID!) { node(id: $id) { id } }', {
        id: cursor(`${type}:${uuid}`),
      });
      expectNoInternalError(answer, type);
      expect(answer.body.data?.node ?? null).toBeNull();
    }
  });
});

describe('what the API tells', () => {
  it('answers with nosniff, no-store and HSTS (the public origin is https)', async () => {
    const answer = await post(server.url, '{ themes { slug } }');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('with introspection off, refuses it over HTTP and the websocket and suggests no field names', async () => {
    const answer = await post(server.url, '{ __schema { types { name } } }');
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/introspection/i);
    const typo = await post(server.url, '{ portraits { nodes { nme } } }');
    expect(typo.status).toBe(400);
    expect(typo.text).not.toMatch(/Did you mean/);

    const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    ws.send(JSON.stringify({ type: 'connection_init' }));
    await new Promise((resolve) => ws.once('message', resolve));
    const reply = new Promise<any>((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
    ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ __schema { types { name } } }' } }));
    expect(await reply).toMatchObject({ id: '1', type: 'error' });
    ws.close();
  });

  it('during a database outage, says the service is unavailable without saying where the database is', async () => {
    const orm = await MikroORM.init({ ...ormOptions('postgresql://postgres@127.0.0.1:1/nowhere', 1), connect: false });
    const down = await startTestServer(orm, { config: { ...loadConfig({}) } });
    try {
      const anonymousRead = await post(down.url, '{ themes { slug } }');
      const signedIn = await post(down.url, '{ themes { slug } }', {}, { cookie: 'ql_session=' + 'a'.repeat(43) });
      for (const answer of [anonymousRead, signedIn]) {
        expect(answer.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|:1\b|nowhere/);
        expect(answer.text).toMatch(/SERVICE_UNAVAILABLE/);
      }
      expect(signedIn.status).toBe(503);
      const ws = new WebSocket(down.wsUrl, 'graphql-transport-ws', {
        headers: { cookie: 'ql_session=' + 'a'.repeat(43) },
      });
      const closed = new Promise<[number, string]>((resolve) =>
        ws.once('close', (code, reason) => resolve([code, String(reason)])),
      );
      await new Promise((resolve) => ws.once('open', resolve));
      ws.send(JSON.stringify({ type: 'connection_init' }));
      const [code, reason] = await closed;
      expect(code).toBe(4403);
      expect(reason).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    } finally {
      await down.stop();
      await orm.close(true);
    }
  });
});
