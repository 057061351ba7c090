// What the browser tests share: Chromium launched as the runner asks (e2e/run.mjs), a Session that
// records each page's errors, websocket frames and reloads, and helpers to drive and wait on pages.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { axeReport, slugify } from './axe.mjs';

export const BASE_URL = process.env.E2E_BASE_URL;
export const CHROMIUM = process.env.E2E_CHROMIUM;
export const ARTIFACTS = process.env.E2E_ARTIFACTS;
export const AXE_FILE = process.env.E2E_AXE;
if (!BASE_URL || !CHROMIUM || !ARTIFACTS || !AXE_FILE) {
  throw new Error('Run the end-to-end tests with `npm run test:e2e -w client` (node e2e/run.mjs), not directly.');
}

export const ACTION_TIMEOUT_MS = 10_000;
export const NAVIGATION_TIMEOUT_MS = 20_000;
/** How long a live change may take to reach another browser. */
export const LIVE_TIMEOUT_MS = 15_000;
/** How long a board may take to notice a cut socket, and to reconnect and catch up once restored. */
export const RECONNECT_TIMEOUT_MS = 40_000;
/** How long something that must not appear is watched for, once the change that could bring it has been seen elsewhere. */
export const ABSENCE_WINDOW_MS = 1_500;
export const POLL_MS = 100;

export const DESKTOP = { viewport: { width: 1280, height: 800 } };
export const PHONE = { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true };

/** The connection state every live page shows (its data-state attribute says which). */
const CONNECTION = '[data-testid="connection-state"]';

/** @type {import('playwright-core').Browser} */
let browser;

/** Launches Chromium before the file's tests and closes it after them. */
export function useBrowser() {
  before(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
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
        // Pages in the background keep their timers: the guest's board and the wall run side by side.
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
      ],
    });
  });

  after(async () => {
    await browser?.close();
  });
}

export const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const oneLine = (text) => text.replace(/\s+/g, ' ').trim();

/** Websocket frames kept per page for the failure report (the last ones). */
const FRAMES_KEPT = 400;

/**
 * The browser contexts and pages of one test. Each page records its uncaught exceptions, its
 * console errors, its websocket frames, its reloads and its SvelteKit data re-fetches; on failure
 * every open page is screenshotted and the rest is written to e2e/artifacts/.
 */
export class Session {
  /** @type {import('playwright-core').BrowserContext[]} */
  contexts = [];
  /** @type {{ name: string, page: import('playwright-core').Page, errors: string[], reloads: string[], console: string[], frames: string[] }[]} */
  pages = [];

  async context(options = {}) {
    const context = await browser.newContext({ ...DESKTOP, locale: 'fr-FR', ...options });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
    await context.addInitScript(recordEnhancedForms);
    this.contexts.push(context);
    return context;
  }

  /** Registers a page opened in one of our contexts (by newPage or as a popup). */
  track(name, page) {
    const entry = { name, page, errors: [], reloads: [], console: [], frames: [] };
    const started = Date.now();
    const frame = (line) => {
      entry.frames.push(`${((Date.now() - started) / 1000).toFixed(2)} s ${line}`);
      if (entry.frames.length > FRAMES_KEPT) entry.frames.shift();
    };
    page.on('websocket', (ws) => {
      frame(`open ${ws.url()}`);
      ws.on('framereceived', ({ payload }) => frame(`< ${String(payload).slice(0, 800)}`));
      ws.on('framesent', ({ payload }) => frame(`> ${String(payload).slice(0, 400)}`));
      ws.on('close', () => frame('closed'));
    });
    page.on('pageerror', (error) =>
      entry.errors.push(
        `${name} (${page.url()}): ${error.message}\n    ${(error.stack ?? '').split('\n').slice(1, 8).join('\n    ')}`,
      ),
    );
    page.on('console', (message) => {
      // The CSP refusing axe as an inline script is the test's doing, not the page's.
      if (
        !['error', 'warning'].includes(message.type()) ||
        /inline script.*Content Security Policy/.test(message.text())
      )
        return;
      entry.console.push(`${message.type()}: ${message.text()}`);
    });
    this.pages.push(entry);
    return page;
  }

  /**
   * Writes what the pages said (uncaught exceptions, console errors) and their websocket frames
   * to e2e/artifacts/; returns the uncaught exceptions.
   */
  async saveLogs(label) {
    const prefix = slugify(label).slice(0, 60);
    const consoles = this.pages
      .map(({ name, errors, console }) => `== ${name}\n${[...errors, ...console].join('\n') || '(nothing)'}`)
      .join('\n\n');
    const frames = this.pages.map(({ name, frames }) => `== ${name}\n${frames.join('\n') || '(none)'}`).join('\n\n');
    await writeFile(path.join(ARTIFACTS, `${prefix}-consoles.txt`), `${consoles}\n`).catch(() => undefined);
    await writeFile(path.join(ARTIFACTS, `${prefix}-websockets.txt`), `${frames}\n`).catch(() => undefined);
    return this.pages.flatMap((entry) => entry.errors);
  }

  async page(name, context) {
    return this.track(name, await context.newPage());
  }

  entry(page) {
    const found = this.pages.find((e) => e.page === page);
    assert.ok(found, 'untracked page');
    return found;
  }

  /**
   * From now on, this page must change only through its live stream: a navigation of its main
   * frame (a reload) or a SvelteKit data request (`__data.json`, an invalidation) is recorded.
   */
  async watchNoReload(page) {
    const entry = this.entry(page);
    await page.evaluate(() => {
      window.__e2eSameDocument = true;
    });
    const startedAt = Date.now();
    const at = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) entry.reloads.push(`navigated to ${frame.url()} (${at()})`);
    });
    page.on('crash', () => entry.reloads.push(`crashed (${at()})`));
    page.on('request', (request) => {
      if (/__data\.json|x-sveltekit-invalidated/.test(request.url())) {
        entry.reloads.push(`re-fetched its data: ${request.method()} ${request.url()} (${at()})`);
      }
    });
  }

  async assertNoReload(page) {
    const entry = this.entry(page);
    const same = await page.evaluate(() => window.__e2eSameDocument === true);
    assert.ok(
      same,
      `${entry.name} was reloaded (its document changed): ${entry.reloads.join('; ') || 'no navigation seen'}`,
    );
    assert.deepEqual(entry.reloads, [], `${entry.name} did not update live: it ${entry.reloads.join('; ')}`);
  }

  async screenshots(label) {
    await Promise.all(
      this.pages.map(async ({ name, page }) => {
        if (page.isClosed()) return;
        const file = path.join(ARTIFACTS, `${slugify(label).slice(0, 60)}-${slugify(name)}.png`);
        try {
          await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
          process.stderr.write(`screenshot: ${file}\n`);
        } catch (shotError) {
          process.stderr.write(`could not take a screenshot of ${name} (${page.url()}): ${shotError}\n`);
        }
      }),
    );
  }

  async close() {
    await Promise.all(this.contexts.map((context) => context.close().catch(() => undefined)));
  }
}

/**
 * Runs in every page before its own scripts: notes the forms that get a submit listener, which
 * SvelteKit's `use:enhance` adds once the page is hydrated. Typing into a server-rendered form
 * before that point is not what these tests are about (see `enhancedForm`).
 */
function recordEnhancedForms() {
  const enhanced = new WeakSet();
  Object.defineProperty(window, '__e2eEnhancedForms', { value: enhanced });
  const addEventListener = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (type === 'submit' && this instanceof HTMLFormElement) enhanced.add(this);
    return addEventListener.call(this, type, ...rest);
  };
}

/**
 * Waits until the page's script handles this form: hydration sets the server-rendered fields
 * again, so what is typed before it would be lost (a bug of its own, reported separately).
 */
export async function enhancedForm(page, selector) {
  const form = page.locator(selector);
  await form.waitFor();
  const handle = await form.elementHandle();
  await page.waitForFunction((el) => window.__e2eEnhancedForms?.has(el) === true, handle, {
    timeout: NAVIGATION_TIMEOUT_MS,
  });
  await handle?.dispose();
}

/** Loads a path, expects a 200, and waits for what the page must show. */
export async function visit(page, pagePath, ready) {
  const response = await page.goto(new URL(pagePath, BASE_URL).href, { waitUntil: 'load' });
  assert.ok(response, `no response for ${pagePath}`);
  assert.equal(response.status(), 200, `${pagePath} answered ${response.status()}`);
  await page.locator(ready).first().waitFor({ state: 'visible' });
}

/**
 * Submits a form and waits for the page it leads to; if it does not get there, says where the
 * page is and what the form answered.
 */
export async function submitTo(page, button, pathname, errors) {
  await page.locator(button).click();
  try {
    await page.waitForURL((url) => url.pathname === pathname, { timeout: NAVIGATION_TIMEOUT_MS });
  } catch (error) {
    const shown = await page
      .locator(errors)
      .allInnerTexts()
      .catch(() => []);
    assert.fail(
      `submitting ${button} did not lead to ${pathname}: the page is at ${page.url()}` +
        `${shown.some((text) => text.trim()) ? `, showing “${oneLine(shown.join(' '))}”` : ''} (${String(error).split('\n')[0]})`,
    );
  }
}

/** Waits until the page's connection state is one of `states` (its data-state attribute). */
export async function connectionState(page, states, what, timeout = LIVE_TIMEOUT_MS) {
  const status = page.locator(CONNECTION).first();
  const wanted = Array.isArray(states) ? states : [states];
  const deadline = Date.now() + timeout;
  let last = '(absent)';
  while (Date.now() < deadline) {
    if ((await status.count()) > 0) {
      last = (await status.getAttribute('data-state')) ?? '(no data-state)';
      if (wanted.includes(last)) return oneLine(await status.innerText());
    }
    await delay(POLL_MS);
  }
  const text = (await status.count()) > 0 ? oneLine(await status.innerText()) : '';
  assert.fail(`${what}: the connection state stayed “${last}” (“${text}”), expected ${wanted.join(' or ')}`);
}

/** The items of a list whose text contains `text`. */
export const withText = (page, selector, text) => page.locator(selector).filter({ hasText: text });

/** Waits until exactly `count` items of the list contain `text`; returns how long it took (ms). */
export async function expectCount(page, selector, text, count, what, timeout = LIVE_TIMEOUT_MS) {
  const items = withText(page, selector, text);
  const started = Date.now();
  const deadline = started + timeout;
  let actual = await items.count();
  while (actual !== count && Date.now() < deadline) {
    await delay(POLL_MS);
    actual = await items.count();
  }
  assert.equal(actual, count, `${what}: expected ${count} item(s) with “${text}”, found ${actual} after ${timeout} ms`);
  return Date.now() - started;
}

/**
 * Checks that no item with `text` is in the list, and that none comes for a short while: called
 * once the change that could bring one has already reached another page.
 */
export async function expectAbsent(page, selector, text, what) {
  const items = withText(page, selector, text);
  const deadline = Date.now() + ABSENCE_WINDOW_MS;
  do {
    const found = await items.count();
    assert.equal(found, 0, `${what}: “${text}” is shown (${found} item(s)) but must not be`);
    await delay(POLL_MS);
  } while (Date.now() < deadline);
}

/** Checks that each text is shown exactly once, now and for a short while after. */
export async function expectEachOnce(page, selector, texts, what) {
  const deadline = Date.now() + ABSENCE_WINDOW_MS;
  do {
    for (const text of texts) {
      const found = await withText(page, selector, text).count();
      assert.equal(found, 1, `${what}: “${text}” is shown ${found} time(s), expected exactly once`);
    }
    await delay(POLL_MS);
  } while (Date.now() < deadline);
}

/** Waits until a text box is emptied (the composer, once what it sent is accepted). */
export async function emptied(box, what) {
  const deadline = Date.now() + LIVE_TIMEOUT_MS;
  let value = await box.inputValue();
  while (value !== '' && Date.now() < deadline) {
    await delay(POLL_MS);
    value = await box.inputValue();
  }
  assert.equal(value, '', `${what}: the text box still holds what was sent`);
}

/**
 * Puts the page's GraphQL websockets under the test's control, through Playwright's websocket
 * routes: each socket the page opens is connected to the real server, and `cut()` closes both
 * ends at once, as a lost network would. Chromium's offline emulation alone does not do it: it
 * keeps open sockets open and only holds back what they receive. While cut, new sockets are
 * refused at once; `restore()` lets them through again.
 */
export async function controlSockets(page) {
  const control = {
    down: false,
    opened: 0,
    refused: 0,
    /** @type {Set<{ ws: import('playwright-core').WebSocketRoute, server: import('playwright-core').WebSocketRoute }>} */
    live: new Set(),
    async cut() {
      control.down = true;
      for (const pair of control.live) {
        await pair.server.close({ code: 1001, reason: 'e2e: network lost' }).catch(() => undefined);
        await pair.ws.close({ code: 1006, reason: 'e2e: network lost' }).catch(() => undefined);
      }
      control.live.clear();
    },
    restore() {
      control.down = false;
    },
  };
  await page.routeWebSocket(
    (url) => url.pathname === '/graphql',
    async (ws) => {
      if (control.down) {
        control.refused += 1;
        await ws.close({ code: 1006, reason: 'e2e: network lost' }).catch(() => undefined);
        return;
      }
      control.opened += 1;
      control.live.add({ ws, server: ws.connectToServer() });
    },
  );
  return control;
}

/** Calls the API with the cookies of a browser context (the person or guest signed in there). */
export async function graphql(context, query, variables) {
  const response = await context.request.post(new URL('/graphql', BASE_URL).href, {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  });
  assert.equal(response.status(), 200, `the API answered ${response.status()}: ${await response.text()}`);
  const body = await response.json();
  assert.equal(body.errors, undefined, `the API answered errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Polls `check` until it returns something truthy; fails with `what` and the last value seen. */
export async function until(check, what, timeout = LIVE_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last;
    await delay(POLL_MS);
  }
  assert.fail(`${what} (still ${JSON.stringify(last)} after ${timeout} ms)`);
}

/** The text shown in an element, on one line ('' when it is absent). */
export async function textOf(locator) {
  return (await locator.count()) > 0 ? oneLine(await locator.first().innerText()) : '';
}

/** Joins a live workshop as a guest through the API, in this browser context (its cookies). */
export async function joinAsGuest(context, code, displayName) {
  const { joinWorkshop } = await graphql(
    context,
    'mutation ($code: String!, $name: String!) { joinWorkshop(code: $code, displayName: $name) { userErrors { message } } }',
    { code, name: displayName },
  );
  assert.deepEqual(joinWorkshop.userErrors, [], 'joining as a second guest');
}

/** Posts through the API as whoever is signed in in this context; returns the contribution's id. */
export async function postVia(context, input) {
  const { postContribution } = await graphql(
    context,
    'mutation ($input: PostContributionInput!) { postContribution(input: $input) { contribution { id } userErrors { message } } }',
    { input },
  );
  assert.deepEqual(postContribution.userErrors, [], `posting “${input.body}”`);
  return postContribution.contribution.id;
}

/** The seeded demo accounts' password (seeds/people.json). */
export const DEMO_PASSWORD = 'quartierlab-demo';

/** Signs in through the site's form, then lands on `next`. */
export async function signIn(page, email, next, ready) {
  await visit(page, `/signin?redirectTo=${encodeURIComponent(next)}`, '[data-testid="signin-form"]');
  await enhancedForm(page, '[data-testid="signin-form"]');
  await page.locator('[data-testid="signin-email"]').fill(email);
  await page.locator('[data-testid="signin-password"]').fill(DEMO_PASSWORD);
  await submitTo(
    page,
    '[data-testid="signin-submit"]',
    next,
    '[data-testid="signin-errors"], [data-testid$="-error"], [role="alert"]',
  );
  await page.locator(ready).first().waitFor();
}

/** Runs a scenario with its own contexts; on failure, screenshots and logs go to e2e/artifacts/. */
export async function scenario(label, body) {
  const session = new Session();
  const axeReports = [];
  try {
    await body(session, async (page, what) => {
      const report = await axeReport(page, what);
      if (report) axeReports.push(report);
    });
    assert.deepEqual(await session.saveLogs(label), [], 'uncaught exceptions in the pages');
    assert.deepEqual(axeReports, [], axeReports.join('\n\n'));
  } catch (error) {
    await session.screenshots(label);
    await session.saveLogs(label);
    throw error;
  } finally {
    await session.close();
  }
}
