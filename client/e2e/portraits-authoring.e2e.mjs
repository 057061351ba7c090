// Writing a project portrait in real Chromium, through review to publication. Started by
// e2e/run.mjs on a fresh database, with E2E_BASE_URL, E2E_CHROMIUM, E2E_ARTIFACTS and E2E_AXE.
//   1. A stakeholder (a member of the seeded demo association) starts a portrait on /portraits/new,
//      writes its texts, two indicators, two funding lines and an image in the editor, and
//      submits it; both pages pass axe.
//   2. A coordinator asks for a change through the API; the editor still open is refused for its
//      stale version, keeps the text and saves it when sent again; the stakeholder, in a browser
//      without JavaScript, reads the note, changes an indicator and submits again.
//   3. The coordinator publishes it (API); a visitor without JavaScript reads it: its chart of
//      indicators, its funding section with the EU share, its image.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEMO_PASSWORD,
  NAVIGATION_TIMEOUT_MS,
  enhancedForm,
  graphql,
  oneLine,
  scenario,
  signIn,
  textOf,
  until,
  useBrowser,
  visit,
} from './browser.mjs';
import { png } from './images.mjs';

const TEST_TIMEOUT_MS = 300_000;
const STAKEHOLDER = 'acteur@demo.quartierlab.fr';
const COORDINATOR = 'coordinatrice@demo.quartierlab.fr';
const RUN = Math.random().toString(36).slice(2, 7).toUpperCase();
const NAME = `Atelier vélo solidaire ${RUN}`;
const NOTE = `Précisez la date de la mesure des vélos réparés ${RUN}.`;

/** Submits an enhanced form of the editor and waits until the page shows `done`. */
async function send(page, form, fill, done, what) {
  await enhancedForm(page, form);
  const locator = page.locator(form);
  await fill(locator);
  await locator.locator('button[type="submit"]').last().click();
  await until(done, what, NAVIGATION_TIMEOUT_MS);
}

/** The portrait's id and draft version, as the coordinator reads them. */
async function draftOf(context, slug) {
  const { portrait } = await graphql(
    context,
    'query ($slug: String!) { portrait(slug: $slug) { id draftInfo { editVersion reviewState } } }',
    { slug },
  );
  return portrait;
}

/** Signs in through the form of a page that runs no JavaScript. */
async function signInWithoutJs(page, email, next, ready) {
  await visit(page, `/signin?redirectTo=${encodeURIComponent(next)}`, '[data-testid="signin-form"]');
  await page.locator('[data-testid="signin-email"]').fill(email);
  await page.locator('[data-testid="signin-password"]').fill(DEMO_PASSWORD);
  await page.locator('[data-testid="signin-submit"]').click();
  await page.waitForURL((url) => url.pathname === next, { timeout: NAVIGATION_TIMEOUT_MS });
  await page.locator(ready).first().waitFor();
}

useBrowser();

describe('Writing a portrait, through review, to publication', () => {
  it(
    'a stakeholder writes and submits; a coordinator asks for a change; it is made without JavaScript; published, a visitor reads it without JavaScript',
    { timeout: TEST_TIMEOUT_MS },
    () =>
      scenario('portrait authoring', async (session, checkAxe) => {
        // 1. The stakeholder starts the portrait.
        const writerContext = await session.context();
        const page = await session.page('stakeholder editor', writerContext);
        await signIn(page, STAKEHOLDER, '/portraits/new', '[data-testid="new-portrait-form"]');
        await checkAxe(page, '/portraits/new');
        await enhancedForm(page, '[data-testid="new-portrait-form"]');
        await page.locator('[data-testid="new-name"]').fill(NAME);
        await page.locator('[data-testid="new-commune"]').fill('Cenon');
        await page.locator('[data-testid="new-portrait-form"] input[name="themeIds"]').first().check();
        await page.locator('[data-testid="new-portrait-submit"]').click();
        await page.waitForURL((url) => /^\/portraits\/[^/]+\/edit$/.test(url.pathname), {
          timeout: NAVIGATION_TIMEOUT_MS,
        });
        const slug = new URL(page.url()).pathname.split('/')[2];
        await page.locator('[data-testid="portrait-editor"]').waitFor();
        assert.equal(await page.locator('#main-commune').inputValue(), 'Cenon', 'the commune chosen at the start');

        // Its texts.
        await send(
          page,
          '[data-testid="editor-main"]',
          async (form) => {
            await form
              .locator('[data-testid="editor-need"]')
              .fill('Des habitants sans vélo en état pour aller au travail.');
            await form.locator('[data-testid="editor-project"]').fill('Un atelier où l’on répare ensemble.');
            await form.locator('[data-testid="editor-results"]').fill('Des vélos remis en route chaque semaine.');
          },
          async () => (await textOf(page.locator('[data-testid="editor-main"] [role="status"]'))) !== '',
          'the texts were not saved',
        );

        // Two indicators in the same unit (the page compares them in a chart).
        const indicators = page.locator('[data-testid="editor-indicator"]');
        for (const [label, value] of [
          ['Vélos réparés', '120'],
          ['Personnes formées', '35'],
        ]) {
          const before = await indicators.count();
          await send(
            page,
            '[data-testid="editor-indicator-add"]',
            async (form) => {
              await form.locator('[data-testid="ind-new-label"]').fill(label);
              await form.locator('[data-testid="ind-new-value"]').fill(value);
              await form.locator('[data-testid="ind-new-unit"]').fill('personnes');
            },
            async () => (await indicators.count()) === before + 1,
            `the indicator “${label}” was not added`,
          );
        }
        // Reordered: the second goes up.
        await enhancedForm(page, '[data-testid="editor-indicator"]:nth-child(2) form');
        await indicators
          .nth(1)
          .getByRole('button', { name: /^Monter/ })
          .click();
        await until(
          async () => (await indicators.first().locator('legend').innerText()).includes('Personnes formées'),
          'the indicator did not move up',
          NAVIGATION_TIMEOUT_MS,
        );

        // Two funding lines: 6 000 € of ERDF and 4 000 € from the commune, so 60 % from the EU.
        const lines = page.locator('[data-testid="editor-funding-line"]');
        for (const [kind, label, amount] of [
          ['EU_ERDF', 'FEDER', '6000'],
          ['MUNICIPALITY', 'Ville de Cenon', '4000'],
        ]) {
          const before = await lines.count();
          await send(
            page,
            '[data-testid="editor-funding-add"]',
            async (form) => {
              await form.locator('[data-testid="fund-new-source"]').selectOption(kind);
              await form.locator('[data-testid="fund-new-label"]').fill(label);
              await form.locator('[data-testid="fund-new-amount"]').fill(amount);
            },
            async () => (await lines.count()) === before + 1,
            `the funding line “${label}” was not added`,
          );
        }
        const totals = oneLine(await page.locator('[data-testid="editor-funding-totals"]').innerText());
        assert.match(totals.replace(/\s/g, ''), /10000/, `the total is not shown: “${totals}”`);
        assert.match(totals, /60\s*%/, `the EU share is not shown: “${totals}”`);

        // An image, with its description.
        await send(
          page,
          '[data-testid="editor-image-add"]',
          async (form) => {
            await form
              .locator('[data-testid="image-upload-file"]')
              .setInputFiles({ name: 'atelier.png', mimeType: 'image/png', buffer: png() });
            await form.locator('[data-testid="image-upload-alt"]').fill('Deux bénévoles réparent un vélo.');
          },
          async () => (await page.locator('[data-testid="editor-image"]').count()) === 1,
          'the image was not added',
        );
        await checkAxe(page, '/portraits/[slug]/edit');

        // Submitted for review.
        const state = page.locator('[data-testid="editor-review-state"]');
        await send(
          page,
          '[data-testid="editor-review"] form:has([data-testid="editor-submit"])',
          async () => undefined,
          async () => (await state.getAttribute('data-state')) === 'SUBMITTED',
          'the portrait was not submitted',
        );

        // 2. The coordinator asks for a change.
        const coordinatorContext = await session.context();
        const coordinatorPage = await session.page('coordinator', coordinatorContext);
        await signIn(coordinatorPage, COORDINATOR, `/portraits/${slug}`, 'h1');
        const submitted = await draftOf(coordinatorContext, slug);
        assert.equal(submitted.draftInfo.reviewState, 'SUBMITTED');
        const { requestChanges } = await graphql(
          coordinatorContext,
          'mutation ($input: RequestChangesInput!) { requestChanges(input: $input) { userErrors { message } } }',
          { input: { id: submitted.id, expectedVersion: submitted.draftInfo.editVersion, note: NOTE } },
        );
        assert.deepEqual(requestChanges.userErrors, [], 'asking for changes');

        // The editor still open shows the version before the request: a save there is refused,
        // says why, keeps what was typed, and goes through when sent again.
        const kept = 'Des habitants sans vélo en état pour aller au travail ou en formation.';
        await page.locator('[data-testid="editor-need"]').fill(kept);
        await page.locator('[data-testid="editor-main-save"]').click();
        await until(
          async () => /modifié entre-temps/.test(await textOf(page.locator('[data-testid="editor-main-errors"]'))),
          'the stale save was not refused with its reason',
          NAVIGATION_TIMEOUT_MS,
        );
        assert.equal(await page.locator('[data-testid="editor-need"]').inputValue(), kept, 'what was typed is kept');
        await page.locator('[data-testid="editor-main-save"]').click();
        await until(
          async () => (await textOf(page.locator('[data-testid="editor-main"] [role="status"]'))) !== '',
          'the text sent again was not saved',
          NAVIGATION_TIMEOUT_MS,
        );

        // The stakeholder makes it, without JavaScript.
        const plainContext = await session.context({ javaScriptEnabled: false });
        const plain = await session.page('stakeholder without JavaScript', plainContext);
        await signInWithoutJs(plain, STAKEHOLDER, `/portraits/${slug}/edit`, '[data-testid="portrait-editor"]');
        assert.match(await textOf(plain.locator('[data-testid="editor-reviewer-note"]')), new RegExp(RUN));
        const bikes = plain.locator('[data-testid="editor-indicator"]').filter({ hasText: 'Vélos réparés' });
        await bikes.locator('input[name="asOf"]').fill('2026-06');
        await bikes.locator('input[name="value"]').fill('140');
        await bikes.getByRole('button', { name: 'Enregistrer', exact: true }).click();
        await plain.waitForLoadState('load');
        const changed = plain.locator('[data-testid="editor-indicator"]').filter({ hasText: 'Vélos réparés' });
        assert.equal(await changed.locator('input[name="value"]').inputValue(), '140', 'the change was not saved');
        await plain.locator('[data-testid="editor-submit"]').click();
        await plain.waitForLoadState('load');
        assert.equal(
          await plain.locator('[data-testid="editor-review-state"]').getAttribute('data-state'),
          'SUBMITTED',
          'the portrait was not submitted again',
        );

        // 3. The coordinator publishes it.
        const resubmitted = await draftOf(coordinatorContext, slug);
        const { publishPortrait } = await graphql(
          coordinatorContext,
          'mutation ($input: PortraitDraftInput!) { publishPortrait(input: $input) { userErrors { message } } }',
          { input: { id: resubmitted.id, expectedVersion: resubmitted.draftInfo.editVersion } },
        );
        assert.deepEqual(publishPortrait.userErrors, [], 'publishing');

        // A visitor without JavaScript reads it.
        const visitorContext = await session.context({ javaScriptEnabled: false });
        const visitor = await session.page('visitor without JavaScript', visitorContext);
        await visit(visitor, `/portraits/${slug}`, '[data-testid="portrait-indicators"]');
        assert.equal(oneLine(await visitor.locator('h1').innerText()), NAME);
        const figures = oneLine(await visitor.locator('[data-testid="portrait-indicators"]').innerText());
        assert.match(figures, /Vélos réparés/);
        assert.match(figures.replace(/\s/g, ''), /140/, `the changed figure is not shown: “${figures}”`);
        await visitor.locator('[data-testid="portrait-indicators"] figure figcaption').waitFor();
        const funding = oneLine(await visitor.locator('[data-testid="funding-eu-share"]').innerText());
        assert.match(funding, /60\s*%/, `the EU share is not shown: “${funding}”`);
        const image = visitor.locator('[data-testid="portrait-images"] img');
        assert.equal(await image.getAttribute('alt'), 'Deux bénévoles réparent un vélo.');
        assert.equal(await visitor.locator('[data-testid="portrait-edit-link"]').count(), 0, 'a visitor may not edit');
        // axe runs as a script: on the page as a browser with JavaScript shows it.
        await visit(page, `/portraits/${slug}`, '[data-testid="portrait-indicators"]');
        await checkAxe(page, 'the published portrait');
      }),
  );
});
