// Hostile input against the built site: redirects that try to leave the origin, addresses and
// form posts that used to end as internal errors. Started by e2e/run.mjs (E2E_ONLY=hostile),
// which passes E2E_BASE_URL, E2E_CHROMIUM and E2E_ARTIFACTS; the server's log is
// E2E_ARTIFACTS/server.log.
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';

const BASE_URL = process.env.E2E_BASE_URL;
const CHROMIUM = process.env.E2E_CHROMIUM;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
if (!BASE_URL || !CHROMIUM || !ARTIFACTS) {
  throw new Error('Run the end-to-end tests with `npm run test:e2e -w client` (node e2e/run.mjs), not directly.');
}
const ORIGIN = new URL(BASE_URL).origin;
const SERVER_LOG = path.join(ARTIFACTS, 'server.log');
const TEST_TIMEOUT_MS = 180_000;
const LOG_TIMEOUT_MS = 10_000;

/** A seeded person who takes no part in the live tests. */
const RESIDENT = { email: 'habitante@demo.quartierlab.fr', password: 'quartierlab-demo' };
const LIVE_BOARD = '/workshops/atelier-mobilite-emploi-en-direct-demo/live';

/** Redirect targets, as a hostile page would write them (the tests encode them in the query). */
const HOSTILE_TARGETS = [
  'https://evil.example/',
  'HTTPS://EVIL.EXAMPLE/x',
  'http:evil.example',
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\t/evil.example/other',
  '/\n/evil.example',
  '/\r\n/evil.example',
  ' //evil.example',
  '\t//evil.example',
  '/.//evil.example',
  '/a/..//evil.example',
  '/%2e//evil.example',
  `${ORIGIN}//evil.example`,
  `${ORIGIN}@evil.example/`,
  '//evil.example\\@127.0.0.1',
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
];

/** Redirect parameters written straight into the query string: the site decodes them once. */
const HOSTILE_RAW_PARAMS = [
  '/%09/evil.example/other',
  '/%0a/evil.example',
  '/%0D%0A/evil.example',
  '%2F%2Fevil.example',
  '/%2F/evil.example',
  '/%5Cevil.example',
  '%5C%5Cevil.example',
  '/%5C/evil.example',
  '%09//evil.example',
  '%20//evil.example',
  '/%252F%252Fevil.example',
  '/%E3%80%82evil.example',
  '/x%0D%0ASet-Cookie:%20ql_session=stolen',
];

const queryValues = [...HOSTILE_TARGETS.map(encodeURIComponent), ...HOSTILE_RAW_PARAMS];

/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    timeout: 30_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
});

after(async () => {
  await browser?.close();
});

/**
 * A request as a page of the site would make it without JavaScript: same origin (Kit's
 * cross-site check requires it of form posts), asking for HTML, not following redirects.
 */
function ask(pathAndQuery, init = {}) {
  return fetch(new URL(pathAndQuery, BASE_URL), {
    redirect: 'manual',
    ...init,
    headers: { origin: ORIGIN, accept: 'text/html', ...init.headers },
  });
}

const form = (fields, headers = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  body: new URLSearchParams(fields).toString(),
});

/** Signs the resident in with a form post; returns the response and the session cookie. */
async function signIn(redirectTo) {
  const response = await ask('/signin', form({ ...RESIDENT, redirectTo }));
  const session = response.headers
    .getSetCookie()
    .map((header) => header.split(';', 1)[0])
    .find((pair) => pair.startsWith('ql_session=') && pair.length > 'ql_session='.length);
  return { response, session };
}

/** A redirect target must be a plain path: followed by a browser, it stays on the site. */
function assertPathOfSite(location, what) {
  assert.match(location, /^\/(?![/\\])/, `${what}: Location “${location}” is not a plain path`);
  assert.doesNotMatch(location, /[\p{Cc} \\]/u, `${what}: Location “${location}” holds what browsers strip`);
  assert.equal(new URL(location, `${ORIGIN}/signin`).origin, ORIGIN, `${what}: Location “${location}” leaves the site`);
}

function assertStaysHome(response, what) {
  assert.equal(response.status, 303, `${what}: answered ${response.status}`);
  assertPathOfSite(response.headers.get('location') ?? '', what);
}

/** Query values that decode to a control character: the address itself is refused first. */
const refusedAddress = (value) => /\p{Cc}/u.test(decodeURIComponent(value));

/** A redirecting GET: a 303 to a page of the site, or the 400 of an address holding a control character. */
async function assertRedirectStaysHome(pathAndQuery, value, init) {
  const response = await ask(pathAndQuery, init);
  if (refusedAddress(value)) assert.equal(response.status, 400, `${pathAndQuery} answered ${response.status}`);
  else assertStaysHome(response, pathAndQuery);
}

/** Lines of a Node stack trace (`    at fn (file:line:col)`). */
const STACK_LINE = /^\s+at .*:\d+:\d+\)?$/m;

/**
 * The server log written since byte `offset`, once the site has logged one more `GraphQL 400 on
 * /portraits` line (caused here, after everything else): what came before it is in the file.
 */
async function logSince(offset) {
  const marker = /GraphQL 400 on \/portraits/g;
  const read = async () => {
    const log = await readFile(SERVER_LOG);
    // e2e/artifacts is shared: another run started meanwhile would have replaced the file.
    assert.ok(log.length >= offset, `${SERVER_LOG} was replaced during the run (another e2e run?)`);
    return log.subarray(offset).toString('utf8');
  };
  const markers = async () => ((await read()).match(marker) ?? []).length;
  const before = await markers();
  const response = await fetch(new URL('/portraits?after=not-a-cursor', BASE_URL));
  assert.equal(response.status, 400, 'a bad cursor in a page address is the visitor’s error: a 400 page');
  const deadline = Date.now() + LOG_TIMEOUT_MS;
  while ((await markers()) <= before) {
    if (Date.now() > deadline)
      assert.fail(`the server log did not show the marker request within ${LOG_TIMEOUT_MS} ms`);
    // Poll again once the log had a moment to be written (a retry interval, not a wait for an outcome).
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return read();
}

describe('redirects stay on the site', () => {
  it('/lang?redirect= goes back to a page of the site whatever it is given', async () => {
    for (const value of queryValues) await assertRedirectStaysHome(`/lang?to=en&redirect=${value}`, value);
    const kept = await ask(`/lang?to=en&redirect=${encodeURIComponent('/portraits?q=social lab#top')}`);
    assert.equal(kept.headers.get('location'), '/portraits?q=social%20lab#top');
    const absolute = await ask(`/lang?to=fr&redirect=${encodeURIComponent(`${ORIGIN}/stories`)}`);
    assert.equal(absolute.headers.get('location'), '/stories');
  });

  it(
    '/signin?redirectTo= too, when already signed in and after the form post',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const first = await signIn('/\t/evil.example');
      assertStaysHome(first.response, 'sign-in post with redirectTo=/<tab>/evil.example');
      assert.ok(first.session, 'the sign-in set no session cookie');

      const signedIn = { headers: { cookie: first.session } };
      for (const value of queryValues) await assertRedirectStaysHome(`/signin?redirectTo=${value}`, value, signedIn);
      const kept = await ask(`/signin?redirectTo=${encodeURIComponent('/workshops?x=1')}`, signedIn);
      assert.equal(kept.headers.get('location'), '/workshops?x=1');

      // Each post is a real sign-in (password hashing): a sample of each kind, not the whole list.
      for (const value of ['//evil.example', '/\\evil.example', '/.//evil.example', 'javascript:alert(1)']) {
        const { response } = await signIn(value);
        assertStaysHome(response, `sign-in post with redirectTo=${JSON.stringify(value)}`);
      }
      // An enhanced form (use:enhance) gets the redirect as JSON, and goes there itself.
      const enhanced = await ask(
        '/signin',
        form(
          { ...RESIDENT, redirectTo: '/\n/evil.example' },
          { accept: 'application/json', 'x-sveltekit-action': 'true' },
        ),
      );
      const result = await enhanced.json();
      assert.equal(result.type, 'redirect', `the enhanced sign-in answered ${JSON.stringify(result)}`);
      assertPathOfSite(result.location, 'enhanced sign-in post with redirectTo=/<newline>/evil.example');
    },
  );

  it('Chromium, following them, never leaves the origin', { timeout: TEST_TIMEOUT_MS }, async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    try {
      // Redirects are followed without a route: one to another host fails its navigation (the
      // host does not resolve). Any other request that leaves the site is caught here.
      const offsite = [];
      // Once signed in, only where the browser goes counts: what the pages load is dropped.
      let lean = false;
      await context.route('**/*', (route) => {
        const request = route.request();
        if (new URL(request.url()).origin !== ORIGIN) {
          offsite.push(request.url());
          return route.abort();
        }
        return lean && !request.isNavigationRequest() ? route.abort() : route.continue();
      });
      const page = await context.newPage();

      // The sign-in form's hidden field rewritten by hand: the action decides, not the page.
      await page.goto(new URL('/signin', BASE_URL).href);
      await page.locator('input[name="redirectTo"]').evaluate((input) => {
        input.value = '/\t/evil.example/other';
      });
      await page.locator('[data-testid="signin-email"]').fill(RESIDENT.email);
      await page.locator('[data-testid="signin-password"]').fill(RESIDENT.password);
      await page.locator('[data-testid="signin-submit"]').click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.locator('[data-testid="portrait-card"]').first().waitFor();

      lean = true;
      // Both entry points share one check; the browser follows each value from one of them.
      for (const [index, value] of queryValues.entries()) {
        const entry = index % 2 === 0 ? `/signin?redirectTo=${value}` : `/lang?to=fr&redirect=${value}`;
        await page.goto(new URL(entry, BASE_URL).href, { waitUntil: 'commit' });
        assert.equal(new URL(page.url()).origin, ORIGIN, `${entry} took the browser to ${page.url()}`);
      }
      assert.deepEqual(offsite, [], 'the browser was sent to another origin');
    } finally {
      await context.close();
    }
  });
});

describe('hostile input gets a 4xx that names the problem, never an internal error', () => {
  const ADDRESSES = [
    ['/portraits%00', /caractère de contrôle[\s\S]*control character/],
    ['/portraits?q=%00', /caractère de contrôle[\s\S]*control character/],
    ['/%E0%A4%A', /encodage[\s\S]*percent-encoding/],
    ['/workshops?x=%ZZ', /encodage[\s\S]*percent-encoding/],
    ['/stories?q=%0D%0ASet-Cookie:%20x=1', /control character/],
    ['/territories/bordeaux%09rive-droite', /control character/],
    ['/organizations?q=%7F', /control character/],
    ['/portraits?q=%C2%85', /control character/],
    ['/portraits?q=%C3%28', /percent-encoding/],
    ['/portraits?q=%ED%A0%80', /percent-encoding/],
    ['/portraits?q=100%', /percent-encoding/],
    ['/portraits/__data.json?q=%00', /control character/],
    [`/signin?redirectTo=%00`, /control character/],
    [`/lang?to=en&redirect=%E0`, /percent-encoding/],
    [`${LIVE_BOARD}%00`, /control character/],
  ];

  const ACTIONS = ['/signin', '/join', '/signout', `${LIVE_BOARD}?/post`];
  const BROKEN_POSTS = [
    ['text/plain', 'text/plain', 'email=a@b.fr', 415],
    ['text/plain with a charset', 'text/plain;charset=UTF-8', 'hello', 415],
    ['JSON', 'application/json', '{"email":"a@b.fr"}', 415],
    ['no content type', null, 'email=a', 415],
    ['broken multipart', 'multipart/form-data; boundary=----x', 'this is no multipart body', 400],
    ['multipart without a boundary', 'multipart/form-data', '------x\r\n\r\n', 400],
    [
      'truncated multipart',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.fr',
      400,
    ],
    ['a NUL in a field', 'application/x-www-form-urlencoded', 'code=DEMO42&displayName=A%00B', 400],
  ];

  /** @type {number} */
  let logOffset;

  before(async () => {
    logOffset = (await stat(SERVER_LOG)).size;
  });

  it('addresses with malformed encoding or control characters: 400, French then English', async () => {
    for (const [address, message] of ADDRESSES) {
      const response = await fetch(`${BASE_URL}${address}`, { redirect: 'manual' });
      assert.equal(response.status, 400, `${address} answered ${response.status}`);
      assert.match(response.headers.get('content-type') ?? '', /^text\/plain/, address);
      const text = await response.text();
      assert.match(text, message, `${address}: “${text}”`);
      assert.ok(text.search(/Adresse/) < text.search(/address/), `${address}: French comes first`);
      assert.equal(response.headers.get('x-frame-options'), 'DENY', `${address}: the security headers are missing`);
    }
  });

  it('form posts that are no form: 415 naming the accepted types, or 400', async () => {
    for (const action of ACTIONS) {
      for (const [what, type, body, status] of BROKEN_POSTS) {
        const response = await ask(action, { method: 'POST', body, headers: type ? { 'content-type': type } : {} });
        const text = await response.text();
        assert.equal(response.status, status, `${what} to ${action} answered ${response.status}: “${text}”`);
        if (status === 415) {
          assert.match(text, /application\/x-www-form-urlencoded ou multipart\/form-data/, `${what} to ${action}`);
          assert.match(text, /application\/x-www-form-urlencoded or multipart\/form-data/, `${what} to ${action}`);
          assert.equal(response.headers.get('accept-post'), 'application/x-www-form-urlencoded, multipart/form-data');
        } else {
          assert.match(text, /Formulaire[\s\S]*form/, `${what} to ${action}: “${text}”`);
        }
      }
    }
  });

  it('a form larger than the body limit: 413', async () => {
    const response = await ask('/join', form({ code: 'DEMO42', displayName: 'x'.repeat(600_000) }));
    assert.equal(response.status, 413);
    assert.match(await response.text(), /trop volumineux[\s\S]*too large/);
  });

  it('Kit’s cross-site check still comes first', async () => {
    const crossSite = [
      ['text/plain', 'email=a@b.fr'],
      ['application/x-www-form-urlencoded', 'email=a@b.fr'],
      ['multipart/form-data; boundary=x', 'broken'],
    ];
    for (const [type, body] of crossSite) {
      for (const origin of ['https://evil.example', null]) {
        const headers = { 'content-type': type, ...(origin ? { origin } : {}) };
        const response = await fetch(`${BASE_URL}/signin`, { method: 'POST', body, headers, redirect: 'manual' });
        assert.equal(response.status, 403, `${type} from ${origin ?? 'no origin'} answered ${response.status}`);
      }
    }
  });

  it('none of it left a stack trace in the server log', async () => {
    const log = await logSince(logOffset);
    const stack = log.match(STACK_LINE);
    assert.equal(
      stack,
      null,
      `the server logged a stack trace:\n${log.slice(Math.max(0, (stack?.index ?? 0) - 400), (stack?.index ?? 0) + 400)}`,
    );
  });
});
