// The site seen by a visitor, in a real Chromium. Started by e2e/run.mjs, which runs the built
// server with the seed content and passes E2E_BASE_URL, E2E_CHROMIUM, E2E_ARTIFACTS and E2E_AXE.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { axeReport, slugify } from './axe.mjs';

const BASE_URL = process.env.E2E_BASE_URL;
const CHROMIUM = process.env.E2E_CHROMIUM;
const ARTIFACTS = process.env.E2E_ARTIFACTS;
const AXE_FILE = process.env.E2E_AXE;
if (!BASE_URL || !CHROMIUM || !ARTIFACTS || !AXE_FILE) {
  throw new Error('Run the end-to-end tests with `npm run test:e2e -w client` (node e2e/run.mjs), not directly.');
}

const ACTION_TIMEOUT_MS = 10_000;
const NAVIGATION_TIMEOUT_MS = 20_000;
const TEST_TIMEOUT_MS = 180_000;
/** Pages checked at once in the per-page suites (each in its own browser context). */
const PAGE_CONCURRENCY = 3;

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true };

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

const SOCIAL_LAB = '/portraits/social-lab-bordeaux-metropole';
/** The seeded Rive Droite diagnosis, in consultation: public. */
const RIVE_DROITE_DIAGNOSIS = '/territories/bordeaux-rive-droite/diagnostic/2026';
/** A finding's page: its id is only known at run time, from the diagnosis page's first finding link. */
const FIRST_FINDING = {
  from: { path: RIVE_DROITE_DIAGNOSIS, ready: '[data-testid="finding-card"]' },
  link: '[data-testid="finding-link"]',
};

/** Pages checked for accessibility and for phone layout; `ready` is what the page must show. */
const PAGES = [
  { name: 'home', path: '/', ready: '[data-testid="portrait-card"]' },
  { name: 'portraits index', path: '/portraits', ready: '[data-testid="portrait-card"]' },
  { name: 'portrait (Social Lab)', path: SOCIAL_LAB, ready: '[data-testid="portrait-funding"]' },
  { name: 'stories index', path: '/stories', ready: '[data-testid="story-card"]' },
  { name: 'story', path: '/stories/social-lab-trois-ans-de-dynamique-collective', ready: 'main h1' },
  { name: 'workshops index', path: '/workshops', ready: '[data-testid="workshop-card"]' },
  {
    name: 'past workshop (demo diagnostic)',
    path: '/workshops/atelier-diagnostic-partage-rive-droite-demo',
    ready: 'main h1',
  },
  {
    name: 'past workshop (Vaulx-en-Velin)',
    path: '/workshops/cafelaboquartiers-4-vaulx-en-velin-2015',
    ready: 'main h1',
  },
  { name: 'territories index', path: '/territories', ready: '[data-testid="territory-card"]' },
  { name: 'territory with diagnosis', path: '/territories/bordeaux-rive-droite', ready: '[data-testid="finding"]' },
  {
    name: 'diagnosis (Rive Droite, in consultation)',
    path: RIVE_DROITE_DIAGNOSIS,
    ready: '[data-testid="finding-card"]',
  },
  // The path is read from the diagnosis page (see `resolvePath`); the one here names the test.
  {
    name: 'finding (first of the Rive Droite diagnosis)',
    path: `${RIVE_DROITE_DIAGNOSIS}/constats/<first>`,
    linkedFrom: FIRST_FINDING,
    ready: '[data-testid="finding-revision"]',
  },
  {
    name: 'diagnosis restitution (Rive Droite)',
    path: `${RIVE_DROITE_DIAGNOSIS}/restitution`,
    ready: '[data-testid="matrix-table"]',
  },
  // A closed workshop (seeds/workshops.json: status CLOSED); an open one has no restitution.
  {
    name: 'workshop restitution (closed demo diagnostic workshop)',
    path: '/workshops/atelier-diagnostic-partage-rive-droite-demo/restitution',
    ready: '[data-testid="workshop-restitution"]',
  },
  { name: 'organizations index', path: '/organizations', ready: '[data-testid="organization-card"]' },
  { name: 'organization', path: '/organizations/gip-gpv-rive-droite', ready: 'main h1' },
  { name: 'sign-up', path: '/signup', ready: '[data-testid="signup-form"]' },
  // The page a sign-up mail links to: a button, whatever the token (it is used only on POST).
  {
    name: 'sign-up confirmation',
    path: '/signup/confirm?token=e2e-unknown-token',
    ready: '[data-testid="confirm-form"]',
  },
];

/** @type {import('playwright-core').Browser} */
let browser;

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
    ],
  });
});

after(async () => {
  await browser?.close();
});

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/**
 * A test that opens pages in fresh browser contexts. On failure it saves a screenshot of every
 * page still open to e2e/artifacts/; at the end it closes them and checks that no page threw
 * an uncaught exception.
 */
function scenario(name, fn, { timeout = TEST_TIMEOUT_MS } = {}) {
  it(name, { timeout }, async () => {
    /** @type {{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, errors: string[] }[]} */
    const opened = [];
    const open = async (options = {}) => {
      const context = await browser.newContext({ ...DESKTOP, locale: 'fr-FR', ...options });
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
      const page = await context.newPage();
      const entry = { context, page, errors: [] };
      page.on('pageerror', (error) => entry.errors.push(`${page.url()}: ${error.message}`));
      opened.push(entry);
      return page;
    };
    try {
      await fn(open);
      const errors = opened.flatMap((entry) => entry.errors);
      assert.deepEqual(errors, [], `Uncaught exceptions in the page:\n${errors.join('\n')}`);
    } catch (error) {
      await Promise.all(
        opened.map(async ({ page }, index) => {
          if (page.isClosed()) return;
          const file = path.join(ARTIFACTS, `${slugify(name)}${opened.length > 1 ? `-${index + 1}` : ''}.png`);
          try {
            await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
            process.stderr.write(`screenshot: ${file}\n`);
          } catch (shotError) {
            process.stderr.write(`could not take a screenshot of ${page.url()}: ${shotError}\n`);
          }
        }),
      );
      throw error;
    } finally {
      await Promise.all(opened.map(({ context }) => context.close().catch(() => undefined)));
    }
  });
}

/**
 * The path of a page whose address is only known at run time (`linkedFrom`: the page that links
 * to it and the link to follow, the first one), read in the given page; else the target's own path.
 */
async function resolvePath(page, target) {
  if (!target.linkedFrom) return target.path;
  const { from, link } = target.linkedFrom;
  await visit(page, from);
  const href = await page.locator(link).first().getAttribute('href');
  assert.ok(href, `no ${link} with an href on ${from.path}`);
  // The site writes relative links ("../../…"): read against the page they are on.
  return new URL(href, page.url()).pathname;
}

/** Loads a path, expects a 200, and waits for what the page must show. */
async function visit(page, { path: pagePath, ready }) {
  const response = await page.goto(new URL(pagePath, BASE_URL).href, { waitUntil: 'load' });
  assert.ok(response, `no response for ${pagePath}`);
  assert.equal(response.status(), 200, `${pagePath} answered ${response.status()}`);
  await page.locator(ready).first().waitFor({ state: 'visible' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Waits until the locator shows a text matching the pattern; returns that text. */
async function textMatching(locator, pattern, what) {
  const matching = locator.filter({ hasText: pattern }).first();
  try {
    await matching.waitFor({ state: 'visible' });
  } catch {
    const actual =
      (await locator.count()) > 0
        ? await locator
            .first()
            .innerText({ timeout: 2_000 })
            .catch(() => '(unreadable)')
        : '(absent)';
    assert.fail(`${what}: expected a visible text matching ${pattern}, found “${actual.replace(/\s+/g, ' ').trim()}”`);
  }
  return (await matching.innerText()).replace(/\s+/g, ' ').trim();
}

const digits = (text) => text.replace(/\D/g, '');

/**
 * The link of the last mail to `address` in the server's output (run.mjs keeps it in
 * server.log): without SMTP_URL the server writes its mail there.
 */
async function mailedLink(address) {
  const deadline = Date.now() + ACTION_TIMEOUT_MS;
  for (;;) {
    const log = await readFile(path.join(ARTIFACTS, 'server.log'), 'utf8').catch(() => '');
    const mail = log.split(`To: ${address}`).slice(1).at(-1);
    const link = mail?.match(/https?:\/\/\S+/)?.[0];
    if (link) return new URL(link);
    if (Date.now() > deadline) assert.fail(`no mail to ${address} in the server's output`);
    // Poll again once the server had a moment to write (a retry interval, not a wait for an outcome).
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs axe-core with the WCAG 2.1 A/AA rules; fails with the violations listed. */
async function expectAccessible(page, label) {
  const report = await axeReport(page, label);
  if (report) assert.fail(report);
}

/** Describes the elements that stick out to the right of the layout viewport. */
async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const result = { scrollWidth: root.scrollWidth, clientWidth: width, offenders: /** @type {string[]} */ ([]) };
    if (root.scrollWidth <= width) return result;
    const clips = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const ox = getComputedStyle(a).overflowX;
        if (ox !== 'visible') return true;
      }
      return false;
    };
    const sticksOut = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.right + window.scrollX > width + 0.5;
    };
    const describe = (el) => {
      const classes = [...el.classList]
        .filter((c) => !c.startsWith('svelte-'))
        .map((c) => `.${c}`)
        .join('');
      const testid = el.getAttribute('data-testid');
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const r = el.getBoundingClientRect();
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes}${testid ? ` data-testid=${testid}` : ''}> right edge ${Math.round(r.right + window.scrollX)}px, width ${Math.round(r.width)}px${text ? ` “${text}”` : ''}`;
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (!sticksOut(el) || clips(el)) continue;
      // The outermost element that sticks out: its parent fits.
      if (el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement)) continue;
      result.offenders.push(describe(el));
      if (result.offenders.length >= 6) break;
    }
    return result;
  });
}

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

describe('QuartierLab in a browser', () => {
  scenario(
    'a. a newcomer goes from the home page to the Social Lab portrait, reads its figures and funding, and switches to English',
    async (open) => {
      const page = await open();
      await visit(page, { path: '/', ready: 'main h1' });
      assert.equal(await page.getAttribute('html', 'lang'), 'fr');

      // The hub presents itself: a title, what it holds, and samples of each kind of content.
      const title = await textMatching(page.locator('main h1').first(), /\S{3,}/, 'home page title');
      assert.ok(title.length > 10, `home page title is too short: “${title}”`);
      await page.locator('main [data-testid="portrait-card"]').first().waitFor();
      await page.locator('main [data-testid="story-card"]').first().waitFor();
      await page.locator('main [data-testid="workshop-card"]').first().waitFor();

      // Follow the main navigation to the portraits index.
      await page.locator('header nav a[href="/portraits"]').click();
      await page.waitForURL((url) => url.pathname === '/portraits');
      await page.locator('main [data-testid="portrait-card"]').first().waitFor();
      await page.getByRole('heading', { level: 1 }).waitFor();

      // Search for the Social Lab with the index's own form, then open it from its card.
      const search = page.getByRole('search');
      await search.getByRole('searchbox').fill('Social Lab');
      await search.getByRole('button').click();
      await page.waitForURL((url) => url.pathname === '/portraits' && url.searchParams.get('q') === 'Social Lab');
      const card = page.locator('[data-testid="portrait-card"]').filter({ hasText: 'Social Lab de Bordeaux' });
      await card.first().waitFor();
      await card
        .first()
        .getByRole('link', { name: /Social Lab/ })
        .click();
      await page.waitForURL((url) => url.pathname === SOCIAL_LAB);
      await textMatching(page.locator('main h1'), /Social Lab/, 'portrait title');

      // Indicators: the figures are there.
      const indicators = page.locator('[data-testid="portrait-indicators"]');
      const figures = await textMatching(indicators, /\d/, 'indicators');
      assert.ok(digits(figures).includes('209425'), `indicators do not show the budget 209 425 €: “${figures}”`);
      assert.ok(digits(figures).includes('113341'), `indicators do not show the FEDER amount 113 341 €: “${figures}”`);

      // Funding mix with the European share (113 341 € of 209 425 € ≈ 54 %).
      const funding = page.locator('[data-testid="portrait-funding"]');
      await funding.waitFor();
      const euShare = await textMatching(page.locator('[data-testid="funding-eu-share"]'), /\b54\s*%/, 'EU share');
      assert.ok(digits(euShare).includes('113341'), `EU share does not show the EU amount 113 341 €: “${euShare}”`);
      assert.ok(digits(await funding.innerText()).includes('209425'), 'funding mix does not show the budget 209 425 €');
      await page.getByRole('heading', { name: 'Indicateurs', exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Plan de financement', exact: true }).waitFor();

      await expectAccessible(page, 'portrait (Social Lab), French');

      // Switch to English with the header's language switch.
      const toEnglish = page.locator('[data-testid="lang-switch"]');
      assert.match(await toEnglish.innerText(), /English/);
      await toEnglish.click();
      await page.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: NAVIGATION_TIMEOUT_MS });
      assert.equal(new URL(page.url()).pathname, SOCIAL_LAB, 'the language switch did not come back to the portrait');
      await page.getByRole('heading', { name: 'Indicators', exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Funding mix', exact: true }).waitFor();
      await textMatching(
        page.locator('[data-testid="funding-eu-share"]'),
        /European Union share.*\b54\s*%/,
        'EU share in English',
      );
      await page.locator('header nav').getByRole('link', { name: 'Stories', exact: true }).waitFor();
      assert.match(await page.locator('[data-testid="lang-switch"]').innerText(), /Français/);
      await page.locator('[data-testid="portrait-indicators"]').waitFor();

      await expectAccessible(page, 'portrait (Social Lab), English');
    },
  );

  scenario('b. the portrait works without JavaScript, language switch included', async (open) => {
    const page = await open({ javaScriptEnabled: false });
    await visit(page, { path: SOCIAL_LAB, ready: '[data-testid="portrait-indicators"]' });
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    await textMatching(page.locator('[data-testid="portrait-indicators"]'), /\d/, 'indicators without JS');
    await page.locator('[data-testid="portrait-funding"]').waitFor();
    const euShare = await textMatching(
      page.locator('[data-testid="funding-eu-share"]'),
      /\b54\s*%/,
      'EU share without JS',
    );
    assert.ok(digits(euShare).includes('113341'), `EU share without JS does not show 113 341 €: “${euShare}”`);

    // The switch is a plain link (or a form) that the server answers.
    const toEnglish = page.locator('[data-testid="lang-switch"]');
    const tag = await toEnglish.evaluate((el) => (el.closest('form') ? 'form' : el.tagName.toLowerCase()));
    assert.ok(['a', 'form'].includes(tag), `the language switch is a <${tag}>, which needs JavaScript`);
    await toEnglish.click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: NAVIGATION_TIMEOUT_MS });
    assert.equal(new URL(page.url()).pathname, SOCIAL_LAB);
    await page.getByRole('heading', { name: 'Indicators', exact: true }).waitFor();
    await textMatching(
      page.locator('[data-testid="funding-eu-share"]'),
      /European Union share.*\b54\s*%/,
      'EU share in English without JS',
    );

    // And back to French.
    await page.locator('[data-testid="lang-switch"]').click();
    await page.locator('html[lang="fr"]').waitFor({ state: 'attached', timeout: NAVIGATION_TIMEOUT_MS });
    await page.getByRole('heading', { name: 'Indicateurs', exact: true }).waitFor();
  });

  describe('c. no WCAG 2.1 A/AA violation (axe-core)', { concurrency: PAGE_CONCURRENCY }, () => {
    for (const [width, device] of [
      ['desktop 1280 px', DESKTOP],
      ['phone 375 px', PHONE],
    ]) {
      for (const target of PAGES) {
        scenario(`${target.name} (${target.path}) at ${width}`, async (open) => {
          const page = await open(device);
          const pagePath = await resolvePath(page, target);
          await visit(page, { ...target, path: pagePath });
          await expectAccessible(page, `${target.name} (${pagePath}) at ${width}`);
        });
      }
    }
  });

  scenario(
    'd. the territory diagnosis shows its findings, and a finding opens onto its contributions',
    async (open) => {
      const page = await open();
      await visit(page, { path: '/territories/bordeaux-rive-droite', ready: '[data-testid="finding"]' });
      const findings = page.locator('[data-testid="finding"]');
      assert.ok((await findings.count()) >= 1, 'no finding on the territory page');

      // A finding backed by contributions (their quotes are in the page, folded).
      const finding = findings.filter({ has: page.locator('blockquote') }).first();
      await finding.waitFor();
      const quote = finding.locator('blockquote').first();
      assert.equal(await finding.evaluate((el) => el.tagName.toLowerCase()), 'details');
      assert.equal(await finding.evaluate((el) => el.open), false, 'the finding should start folded');
      assert.equal(await quote.isVisible(), false, 'the contributions should be hidden until the finding is opened');

      await finding.locator('summary').click();
      await quote.waitFor({ state: 'visible' });
      assert.equal(await finding.evaluate((el) => el.open), true);
      await finding.getByRole('heading', { name: 'Les contributions qui fondent ce constat' }).waitFor();
      const body = (await quote.innerText()).trim();
      assert.ok(body.length > 10, `the contribution has no text: “${body}”`);

      // Each contribution links to where it was said: the workshop, at the contribution itself.
      const source = finding.locator('a[href^="/workshops/"]').first();
      await source.waitFor();
      const href = await source.getAttribute('href');
      assert.match(href ?? '', /^\/workshops\/[^#]+#contribution-.+/);
      await source.click();
      await page.waitForURL((url) => url.pathname === href.split('#')[0]);
      await page.locator(`[id="${href.split('#')[1]}"]`).waitFor({ state: 'attached' });
      await page
        .locator(`[id="${href.split('#')[1]}"]`)
        .filter({ hasText: body.slice(0, 20) })
        .waitFor();
    },
  );

  describe('e. phone layout: no horizontal scrolling at 375 px', { concurrency: PAGE_CONCURRENCY }, () => {
    for (const target of [
      ...PAGES,
      { name: 'portrait in English', path: SOCIAL_LAB, ready: '[data-testid="portrait-funding"]', lang: 'en' },
    ]) {
      scenario(`${target.name} (${target.path})`, async (open) => {
        const page = await open(PHONE);
        if (target.lang) {
          await page.context().addCookies([{ name: 'lang', value: target.lang, url: BASE_URL }]);
        }
        await visit(page, { ...target, path: await resolvePath(page, target) });
        if (target.lang) assert.equal(await page.getAttribute('html', 'lang'), target.lang);
        const folded = await horizontalOverflow(page);
        assert.ok(
          folded.scrollWidth <= folded.clientWidth,
          `page is ${folded.scrollWidth}px wide in a ${folded.clientWidth}px viewport; sticking out:\n  ${folded.offenders.join('\n  ')}`,
        );
        // The same with every disclosure (<details>) opened, as a reader would.
        const opened = await page.evaluate(() => {
          const all = [...document.querySelectorAll('details')];
          for (const d of all) d.open = true;
          return all.length;
        });
        if (opened > 0) {
          const unfolded = await horizontalOverflow(page);
          assert.ok(
            unfolded.scrollWidth <= unfolded.clientWidth,
            `with its ${opened} disclosure(s) open, the page is ${unfolded.scrollWidth}px wide in a ${unfolded.clientWidth}px viewport; sticking out:\n  ${unfolded.offenders.join('\n  ')}`,
          );
        }
      });
    }
  });

  scenario(
    'g. a newcomer signs up without JavaScript, opens the mailed link, confirms, and is signed in; the link works once',
    async (open) => {
      const page = await open({ javaScriptEnabled: false });
      const stamp = Date.now().toString(36);
      const address = `nora-${stamp}@example.org`;
      const name = `Nora ${stamp}`;
      await visit(page, { path: '/signup', ready: '[data-testid="signup-form"]' });
      await page.locator('[data-testid="signup-name"]').fill(name);
      // Typed with capitals: the address is stored, and mailed, in one form.
      await page.locator('[data-testid="signup-email"]').fill(`NORA-${stamp}@Example.ORG`);
      await page.locator('[data-testid="signup-password"]').fill('une phrase de passe assez longue');
      await page.locator('[data-testid="signup-submit"]').click();
      const sent = await textMatching(page.locator('[data-testid="signup-sent"]'), /Vérifiez votre boîte mail/, 'sent');
      assert.ok(sent.includes(address), `the page does not name the address ${address}: “${sent}”`);
      await page.locator('header [data-testid="signin-link"]').waitFor();

      // The link goes to this site's confirmation page; opening it creates nothing yet.
      const link = await mailedLink(address);
      assert.equal(link.pathname, '/signup/confirm');
      const confirmPath = `${link.pathname}${link.search}`;
      await visit(page, { path: confirmPath, ready: '[data-testid="confirm-form"]' });
      await page.locator('header [data-testid="signin-link"]').waitFor();
      await page.locator('[data-testid="confirm-submit"]').click();
      await page.waitForURL((url) => url.pathname === '/');
      await textMatching(page.locator('header [data-testid="viewer-name"]'), new RegExp(name), 'signed-in name');

      // With JavaScript, in another browser: used once, the link only leads on, to sign up again
      // or to sign in; the "check your inbox" state is audited there too (axe needs scripts).
      const again = await open();
      await visit(again, { path: confirmPath, ready: '[data-testid="confirm-form"]' });
      await again.waitForLoadState('networkidle');
      await again.locator('[data-testid="confirm-submit"]').click();
      await textMatching(again.locator('[data-testid="confirm-errors"]'), /déjà servi/, 'used link');
      await again.locator('[data-testid="confirm-signup-again"]').click();
      await again.waitForURL((url) => url.pathname === '/signup');
      await again.waitForLoadState('networkidle');
      await again.locator('[data-testid="signup-name"]').fill(name);
      await again.locator('[data-testid="signup-email"]').fill(address);
      await again.locator('[data-testid="signup-password"]').fill('une autre phrase de passe');
      await again.locator('[data-testid="signup-submit"]').click();
      await textMatching(again.locator('[data-testid="signup-sent"]'), new RegExp(address), 'sent again');
      await expectAccessible(again, 'sign-up: check your inbox');
    },
  );

  scenario('f. an unknown portrait answers a friendly 404 page', async (open) => {
    const page = await open();
    const response = await page.goto(new URL('/portraits/this-portrait-does-not-exist', BASE_URL).href);
    assert.ok(response);
    assert.equal(response.status(), 404);
    await textMatching(page.locator('main h1'), /introuvable/i, '404 title');
    const text = await page.locator('main').innerText();
    assert.doesNotMatch(
      text,
      /Internal Error|Error:|at \w+ \(|GraphQL|undefined|\[object/i,
      'the 404 page shows technical details',
    );
    assert.ok((await page.title()).trim().length > 0, 'the 404 page has no <title>');
    // The visitor can carry on: the site's header and a way home and to the portraits.
    await page.locator('header nav a[href="/portraits"]').waitFor();
    await page.locator('main a[href="/"]').waitFor();
    await page.locator('main a[href="/portraits"]').waitFor();
    await expectAccessible(page, '404 page');
    await page.locator('main a[href="/portraits"]').click();
    await page.waitForURL((url) => url.pathname === '/portraits');
    await page.locator('[data-testid="portrait-card"]').first().waitFor();
  });

  scenario(
    'h. without JavaScript, a visitor reads the diagnosis, a finding with its evidence and revisions, the restitution, and downloads the exports',
    async (open) => {
      const page = await open({ javaScriptEnabled: false });

      // The diagnosis page, rendered by the server: its title and its findings, each a link.
      await visit(page, { path: RIVE_DROITE_DIAGNOSIS, ready: '[data-testid="finding-card"]' });
      await textMatching(page.locator('[data-testid="diagnosis-title"]'), /Rive Droite/, 'diagnosis title without JS');
      const cards = page.locator('[data-testid="finding-card"]');
      assert.ok((await cards.count()) >= 3, `only ${await cards.count()} finding(s) on the diagnosis page`);
      const link = page.locator('[data-testid="finding-link"]').first();
      const linkTitle = (await link.innerText()).replace(/\s+/g, ' ').trim();
      // The site writes relative links ("../../…"): read against the page they are on.
      const href = new URL((await link.getAttribute('href')) ?? '', page.url()).pathname;
      assert.match(href, new RegExp(`^${RIVE_DROITE_DIAGNOSIS}/constats/[^/?#]+$`));

      // A finding's page, by following the plain link: statement, evidence quotes, revisions.
      await link.click();
      await page.waitForURL((url) => url.pathname === href);
      await page.locator('[data-testid="finding-revision"]').first().waitFor();
      const title = await textMatching(page.locator('[data-testid="finding-title"]'), /\S/, 'finding title without JS');
      assert.equal(title, linkTitle, 'the finding page does not bear the title of the link that led to it');
      const statement = await textMatching(page.locator('[data-testid="finding-statement"]'), /\S/, 'statement');
      assert.ok(statement.length > 20, `the finding's statement is too short: “${statement}”`);
      const quotes = page.locator('[data-testid="finding-evidence-item"] blockquote');
      assert.ok((await quotes.count()) >= 1, 'the finding shows no evidence quote');
      const quote = await textMatching(quotes, /\S{3,}/, 'evidence quote');
      assert.ok(quote.length > 10, `the evidence quote has no text: “${quote}”`);

      const revisions = page.locator('[data-testid="finding-revision"]');
      const revisionCount = await revisions.count();
      assert.ok(revisionCount >= 2, `the finding has ${revisionCount} revision(s); the seeds give it several`);
      assert.equal(
        await revisions.locator('[data-testid="statement-diff"]').count(),
        revisionCount,
        'every revision shows its statement diff',
      );
      // A revision that changed the text: its diff marks what was added and removed, and opens
      // without JavaScript (a native disclosure).
      const edited = revisions.filter({ has: page.locator('[data-testid="statement-diff"] :is(ins, del)') }).first();
      await edited.waitFor({ state: 'attached' });
      const disclosure = edited.locator('details').first();
      if (!(await disclosure.evaluate((el) => el.open))) await disclosure.locator('summary').click();
      const diff = edited.locator('[data-testid="statement-diff"]');
      await diff.waitFor({ state: 'visible' });
      await diff.locator('ins').first().waitFor({ state: 'visible' });
      await diff.locator('del').first().waitFor({ state: 'visible' });
      assert.match(await diff.innerText(), /\[(ajouté|retiré)/i, 'the diff does not say in words what changed');

      // The restitution, server-rendered: its findings and the matrix's table; without scripts,
      // no print button (it would do nothing), but the downloads are plain links.
      await visit(page, { path: `${RIVE_DROITE_DIAGNOSIS}/restitution`, ready: '[data-testid="restitution"]' });
      await page.locator('[data-testid="matrix-table"]').waitFor();
      assert.ok(
        (await page.locator('[data-testid="matrix-table"] tbody tr').count()) >= 1,
        'the matrix table has no row',
      );
      assert.ok((await page.locator('[data-testid="restitution-finding"]').count()) >= 1, 'no retained finding');
      assert.equal(await page.locator('[data-testid="print-button"]').count(), 0, 'a print button that needs JS');
      for (const format of ['md', 'csv', 'json']) {
        const download = await page.locator(`[data-testid="download-${format}"]`).getAttribute('href');
        assert.equal(new URL(download ?? '', page.url()).pathname, `${RIVE_DROITE_DIAGNOSIS}/export/${format}`);
      }

      // The exports: files to download, as the visitor.
      const request = page.context().request;
      const exported = {};
      for (const format of ['csv', 'md', 'json']) {
        const response = await request.get(new URL(`${RIVE_DROITE_DIAGNOSIS}/export/${format}`, BASE_URL).href);
        assert.equal(response.status(), 200, `the ${format} export answered ${response.status()}`);
        assert.match(
          response.headers()['content-disposition'] ?? '',
          new RegExp(`^attachment; filename="[\\w-]+\\.${format}"$`),
          `the ${format} export is not an attachment`,
        );
        exported[format] = await response.body();
      }
      assert.deepEqual([...exported.csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV does not start with a UTF-8 BOM');
      const csv = exported.csv.subarray(3).toString('utf8');
      const header = csv.split('\r\n')[0];
      for (const column of ['Ordre', 'Nature', 'Constat', 'Priorité', 'Contributions à l’appui']) {
        assert.ok(header.split(',').includes(`"${column}"`), `the CSV header row has no "${column}": ${header}`);
      }
      assert.ok(csv.split('\r\n').length > 2, 'the CSV has no finding after its header row');
      const markdown = exported.md.toString('utf8');
      assert.match(markdown, /^# .*Rive Droite/, 'the Markdown export does not start with the diagnosis title');
      const json = JSON.parse(exported.json.toString('utf8'));
      assert.ok(Array.isArray(json.findings) && json.findings.length >= 1, 'the JSON export has no findings');

      // No PDF export: the restitution prints to PDF from the browser.
      const pdf = await request.get(new URL(`${RIVE_DROITE_DIAGNOSIS}/export/pdf`, BASE_URL).href);
      assert.equal(pdf.status(), 404, `the pdf export answered ${pdf.status()}`);
    },
  );

  scenario('i. a draft diagnosis (Vaulx-en-Velin) answers 404 to a visitor', async (open) => {
    // Its address from the seeds, the period as the server derives it from the period's years.
    const seeds = JSON.parse(await readFile(path.join(SEEDS_DIR, 'diagnoses.json'), 'utf8'));
    const draft = seeds.find((d) => d.territory === 'vaulx-en-velin');
    assert.ok(draft, 'no Vaulx-en-Velin diagnosis in seeds/diagnoses.json');
    assert.equal(draft.status, 'DRAFT', 'the seeded Vaulx-en-Velin diagnosis is no longer a draft');
    const [from, to] = [draft.periodStart.slice(0, 4), draft.periodEnd.slice(0, 4)];
    const period = draft.period ?? (from === to ? from : `${from}-${to}`);
    const draftPath = `/territories/${draft.territory}/diagnostic/${period}`;

    const page = await open();
    const response = await page.goto(new URL(draftPath, BASE_URL).href);
    assert.ok(response);
    assert.equal(response.status(), 404, `${draftPath} answered ${response.status()}`);
    await page.locator('main h1').waitFor();
    assert.ok(!(await page.locator('main').innerText()).includes(draft.title), 'the 404 page names the draft');
    // Nor its restitution or its exports.
    for (const sub of ['/restitution', '/export/csv']) {
      const other = await page.context().request.get(new URL(`${draftPath}${sub}`, BASE_URL).href);
      assert.equal(other.status(), 404, `${draftPath}${sub} answered ${other.status()}`);
    }
  });

  scenario('j. workshops known only by year or month say so, never « 1er janvier à 09:00 »', async (open) => {
    const page = await open();
    for (const [slug, shown, machine] of [
      ['forum-ess-gip-dsu-2013', /^2013$/, '2013'],
      ['forum-ess-gip-dsu-2017', /^novembre\s2017$/, '2017-11'],
    ]) {
      await visit(page, { path: `/workshops/${slug}`, ready: 'main h1' });
      const when = page.locator('main aside time').first();
      assert.match((await when.innerText()).trim(), shown, slug);
      assert.equal(await when.getAttribute('datetime'), machine, slug);
    }
    await visit(page, { path: '/workshops?timing=PAST', ready: '[data-testid="workshop-card"]' });
    const cards = page.locator('[data-testid="workshop-card"]');
    const forum = cards.filter({ has: page.locator('a[href="/workshops/forum-ess-gip-dsu-2013"]') });
    assert.match((await forum.locator('dd time').innerText()).trim(), /^2013$/, 'the card of the 2013 forum');
    assert.doesNotMatch(await page.locator('main').innerText(), /1(er)?\s+janvier\s+2013/);
  });
});
