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
  graphql,
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
        assert.equal(await textOf(resident.locator('[data-testid="registration-count"]')), 'Places prises : 0 sur 1');
        await resident.locator('[data-testid="registration-register"]').click();
        await resident.locator('[data-testid="registration-done"]').waitFor();
        assert.equal(await textOf(resident.locator('[data-testid="registration-count"]')), 'Places prises : 1 sur 1');
        assert.equal(await textOf(resident.locator('[data-testid="registration-full"]')), 'complet');
        // Planning and the list are the coordinators': others are told so, visitors asked to sign in.
        for (const path of ['/workshops/new', `${workshopPath}/edit`, `${workshopPath}/registrations`]) {
          const refused = await resident.goto(new URL(path, BASE_URL).href);
          assert.equal(refused?.status(), 403, `${path} is refused to a resident`);
        }
        const visitor = await session.page('visitor', await session.context());
        await visitor.goto(new URL('/workshops/new', BASE_URL).href);
        assert.equal(new URL(visitor.url()).pathname, '/signin', 'a visitor is asked to sign in first');

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

        // Once put to the room, a question stays as it was asked: the edit page says so.
        const { workshop } = await graphql(
          coordinatorContext,
          'query ($s: String!) { workshop(slug: $s) { id prompts { id position } } }',
          { s: slug },
        );
        const asked = workshop.prompts.find((p) => p.position === 1);
        const { setActivePrompt } = await graphql(
          coordinatorContext,
          'mutation ($w: ID!, $p: ID) { setActivePrompt(workshopId: $w, promptId: $p) { userErrors { message } } }',
          { w: workshop.id, p: asked.id },
        );
        assert.deepEqual(setActivePrompt.userErrors, [], 'putting the first question to the room');
        await visit(page, `${workshopPath}/edit`, '[data-testid="plan-prompt"]');
        await enhancedForm(page, 'form[action="?/removePrompt"] >> nth=0');
        await page.locator('[data-testid="plan-prompt"]').first().locator('[data-testid="plan-prompt-remove"]').click();
        await page.locator('[data-testid="plan-prompt-error"]').first().waitFor();
        assert.match(
          await textOf(page.locator('[data-testid="plan-prompt-error"]').first()),
          /déjà été posée/,
          'removing a question put to the room is refused, with the reason',
        );
        assert.equal(await page.locator('[data-testid="plan-prompt"]').count(), 2);
      }),
  );

  it(
    'without JavaScript, a coordinator plans a workshop known by its month, sees a refusal kept, a stale save kept, and duplicates it',
    { timeout: TEST_TIMEOUT_MS },
    () =>
      scenario('workshop planning without JavaScript', async (session) => {
        const context = await session.context({ javaScriptEnabled: false });
        const page = await session.page('coordinator (no JavaScript)', context);
        await visit(page, `/signin?redirectTo=${encodeURIComponent('/workshops/new')}`, '[data-testid="signin-form"]');
        await page.locator('[data-testid="signin-email"]').fill(COORDINATOR);
        await page.locator('[data-testid="signin-password"]').fill(DEMO_PASSWORD);
        await submitTo(page, '[data-testid="signin-submit"]', '/workshops/new', '[role="alert"]');

        const title = `Forum de l’emploi ${RUN}`;
        const year = new Date(Date.now() + 200 * 86_400_000).getUTCFullYear();
        await page.locator('[data-testid="plan-title"]').fill(title);
        await page.locator('[data-testid="plan-territory"]').selectOption({ label: TERRITORY });
        await page.locator('[data-testid="plan-precision-MONTH"]').check();
        await page.locator('[data-testid="plan-start-date"]').fill(`${year}-06-17`);
        await page.locator('[data-testid="plan-end-date"]').fill(`${year - 1}-06-17`);
        await page.locator('[data-testid="plan-submit"]').click();
        await page.locator('[data-testid="plan-endsAt-error"]').waitFor();
        assert.equal(await page.locator('[data-testid="plan-title"]').inputValue(), title, 'the title is kept');

        await page.locator('[data-testid="plan-end-date"]').fill('');
        await page.locator('[data-testid="plan-submit"]').click();
        await page.waitForURL((url) => /^\/workshops\/[^/]+\/edit$/.test(url.pathname), {
          timeout: NAVIGATION_TIMEOUT_MS,
        });
        const editPath = new URL(page.url()).pathname;
        const workshopPath = editPath.replace(/\/edit$/, '');

        // Known by its month: shown as such, with no hour and no calendar file.
        await visit(page, workshopPath, '[data-testid="workshop-when"]');
        assert.equal(await textOf(page.locator('[data-testid="workshop-when"]')), `juin ${year}`);
        assert.equal(await page.locator('[data-testid="workshop-ics"]').count(), 0);

        // Two tabs edit the plan: the second save is refused as stale and keeps what was typed.
        const other = await session.page('coordinator, second tab', context);
        await visit(page, editPath, '[data-testid="plan-form"]');
        await visit(other, editPath, '[data-testid="plan-form"]');
        await page.locator('[data-testid="plan-place"]').fill('Salle des fêtes');
        await page.locator('[data-testid="plan-submit"]').click();
        await page.locator('[data-testid="plan-saved"]').waitFor();
        await other.locator('[data-testid="plan-place"]').fill('Centre social');
        await other.locator('[data-testid="plan-submit"]').click();
        await other.locator('[data-testid="plan-stale"]').waitFor();
        assert.equal(await other.locator('[data-testid="plan-place"]').inputValue(), 'Centre social');
        await other.locator('[data-testid="plan-submit"]').click();
        await other.locator('[data-testid="plan-saved"]').waitFor();

        // Duplicated: the copy's edit page.
        await visit(page, editPath, '[data-testid="plan-duplicate"]');
        await page.locator('[data-testid="plan-duplicate"]').click();
        await page.waitForURL((url) => url.pathname.endsWith('/edit') && url.pathname !== editPath);
        assert.equal(await page.locator('[data-testid="plan-title"]').inputValue(), `${title} (copie)`);
      }),
  );
});
