// Planning a workshop in real Chromium, from nothing to a session that opens. Started by
// e2e/run.mjs on a fresh database, with E2E_BASE_URL, E2E_CHROMIUM, E2E_ARTIFACTS and E2E_AXE.
//   1. A coordinator plans a workshop with JavaScript on (/workshops/new), adds two questions,
//      swaps them, adds a co-coordinator found by name, and announces it.
//   2. A resident registers without JavaScript: the count shows, « complet » at its one place.
//   3. The coordinator reads the registrations and their CSV, then opens the session from the console.
// axe checks /workshops/new, the edit page and the registrations page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BASE_URL,
  DEMO_PASSWORD,
  LIVE_TIMEOUT_MS,
  NAVIGATION_TIMEOUT_MS,
  enhancedForm,
  oneLine,
  scenario,
  signIn,
  submitTo,
  textOf,
  until,
  useBrowser,
  visit,
  withText,
} from './browser.mjs';

const TEST_TIMEOUT_MS = 240_000;
const COORDINATOR = 'coordinatrice@demo.quartierlab.fr';
const CO_COORDINATOR = 'Olivier Marchand';
const RESIDENT = 'habitante@demo.quartierlab.fr';
const RESIDENT_NAME = 'Samira K.';
const TERRITORY = 'Rive Droite de Bordeaux Métropole (GPV)';
const RUN = Math.random().toString(36).slice(2, 7).toUpperCase();

useBrowser();

/** A day two weeks from now, as a date field takes it. */
function inTwoWeeks() {
  const day = new Date(Date.now() + 14 * 86_400_000);
  return day.toISOString().slice(0, 10);
}

describe('Planning a workshop', () => {
  it(
    'a coordinator plans, a resident registers without JavaScript, the coordinator exports the list and opens the session',
    { timeout: TEST_TIMEOUT_MS },
    () =>
      scenario('workshop planning', async (session, checkAxe) => {
        const coordinatorContext = await session.context();
        const page = await session.page('coordinator', coordinatorContext);
        await signIn(page, COORDINATOR, '/workshops', '[data-testid="workshops-plan-link"]');

        // 1. The plan, from the index's link.
        await page.locator('[data-testid="workshops-plan-link"]').click();
        await page.waitForURL((url) => url.pathname === '/workshops/new');
        await enhancedForm(page, '[data-testid="plan-form"]');
        await checkAxe(page, '/workshops/new');
        const title = `Atelier jardins partagés ${RUN}`;
        await page.locator('[data-testid="plan-title"]').fill(title);
        await page.locator('[data-testid="plan-kind"]').selectOption('MEETING');
        await page.locator('[data-testid="plan-territory"]').selectOption({ label: TERRITORY });
        // Once a territory is chosen, only its neighbourhoods and diagnoses are offered.
        await page.getByLabel('Palmer (Cenon)').check();
        await page.locator('input[name="themeSlugs"]').first().check();
        // The diagnosis of that territory she coordinates, chosen by its title.
        await page.locator('[data-testid="plan-diagnosis"]').selectOption({ index: 1 });
        assert.match(await textOf(page.locator('[data-testid="plan-diagnosis"] option:checked')), /Rive Droite/);
        await page.locator('[data-testid="plan-start-date"]').fill(inTwoWeeks());
        await page.locator('[data-testid="plan-start-time"]').fill('18:00');
        await page.locator('[data-testid="plan-end-time"]').fill('20:00');
        await page.locator('[data-testid="plan-place"]').fill('Maison du projet, Cenon');
        await page.locator('[data-testid="plan-description"]').fill('Un jardin partagé au pied des immeubles.');
        await page.locator('[data-testid="plan-cap"]').fill('1');
        await page.locator('[data-testid="plan-submit"]').click();
        await page.waitForURL((url) => /^\/workshops\/[^/]+\/edit$/.test(url.pathname), {
          timeout: NAVIGATION_TIMEOUT_MS,
        });
        const slug = new URL(page.url()).pathname.split('/')[2];
        await page.locator('[data-testid="plan-created"]').waitFor();

        // Two questions, then the second one first.
        const questions = [`Que planter d’abord ${RUN} ?`, `Qui arrose l’été ${RUN} ?`];
        await enhancedForm(page, '[data-testid="plan-prompt-add-form"]');
        for (const [index, question] of questions.entries()) {
          await page.locator('[data-testid="plan-prompt-new"]').fill(question);
          await page.locator('[data-testid="plan-prompt-add"]').click();
          await until(
            async () => (await page.locator('[data-testid="plan-prompt"]').count()) === index + 1,
            `question ${index + 1} is listed`,
          );
        }
        const firstQuestion = () => page.locator('[data-testid="plan-prompt-question"]').first().inputValue();
        assert.equal(await firstQuestion(), questions[0]);
        await page.locator('[data-testid="plan-prompt"]').first().locator('[data-testid="plan-prompt-down"]').click();
        await until(async () => (await firstQuestion()) === questions[1], 'the second question comes first');

        // A co-coordinator, found by name.
        await page.locator('[data-testid="plan-coordinator-search"]').fill('Olivier');
        await page.locator('[data-testid="plan-coordinator-find"]').click();
        const candidate = withText(page, '[data-testid="plan-coordinator-candidate"]', CO_COORDINATOR).first();
        await candidate.waitFor();
        await candidate.locator('[data-testid="plan-coordinator-add"]').click();
        await withText(page, '[data-testid="plan-coordinator"]', CO_COORDINATOR).first().waitFor();
        await checkAxe(page, 'workshop edit page');

        // Announced: registrations open.
        await page.locator('[data-testid="plan-schedule"]').click();
        await page.locator('[data-testid="plan-schedule"]').waitFor({ state: 'detached' });

        // 2. A resident without JavaScript signs in and registers.
        const residentContext = await session.context({ javaScriptEnabled: false });
        const resident = await session.page('resident (no JavaScript)', residentContext);
        const workshopPath = `/workshops/${slug}`;
        await visit(resident, `/signin?redirectTo=${encodeURIComponent(workshopPath)}`, '[data-testid="signin-form"]');
        await resident.locator('[data-testid="signin-email"]').fill(RESIDENT);
        await resident.locator('[data-testid="signin-password"]').fill(DEMO_PASSWORD);
        await submitTo(resident, '[data-testid="signin-submit"]', workshopPath, '[role="alert"]');
        assert.match(await textOf(resident.locator('[data-testid="workshop-when"]')), /18:00/);
        await resident.locator('[data-testid="workshop-ics"]').waitFor();
        assert.equal(await textOf(resident.locator('[data-testid="registration-count"]')), '0 sur 1 places');
        await resident.locator('[data-testid="registration-register"]').click();
        await resident.locator('[data-testid="registration-done"]').waitFor();
        assert.equal(await textOf(resident.locator('[data-testid="registration-count"]')), '1 sur 1 places');
        assert.equal(await textOf(resident.locator('[data-testid="registration-full"]')), 'complet');

        // 3. The coordinator reads the list, and its CSV.
        await visit(page, workshopPath, '[data-testid="registrations-link"]');
        await page.locator('[data-testid="registrations-link"]').click();
        await page.waitForURL((url) => url.pathname === `${workshopPath}/registrations`);
        await withText(page, '[data-testid="registration-row"]', RESIDENT_NAME).first().waitFor();
        await checkAxe(page, 'workshop registrations page');
        const csvHref = await page.locator('[data-testid="registrations-csv"]').getAttribute('href');
        const csv = await coordinatorContext.request.get(new URL(csvHref ?? '', BASE_URL).href);
        assert.equal(csv.status(), 200);
        assert.match(csv.headers()['content-type'] ?? '', /text\/csv/);
        assert.match(await csv.text(), new RegExp(RESIDENT_NAME.replace('.', '\\.')));

        // The session opens from the console.
        await visit(page, workshopPath, '[data-testid="workshop-console-link"]');
        await page.locator('[data-testid="workshop-console-link"]').first().click();
        await page.waitForURL((url) => url.pathname === `${workshopPath}/console`);
        await enhancedForm(page, 'form[action="?/open"]');
        await page.locator('[data-testid="status-open"]').click();
        await page.locator('[data-testid="console-join-code"]').waitFor({ timeout: LIVE_TIMEOUT_MS });
        assert.ok(oneLine(await page.locator('[data-testid="console-join-code"]').innerText()).length > 0);
      }),
  );
});
