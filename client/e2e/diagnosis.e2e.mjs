// The shared diagnosis in real Chromium, on the seeded Rive Droite diagnosis (in consultation)
// and the live demo workshop that feeds it. Started by e2e/run.mjs before live.e2e.mjs (which
// closes the workshop), on a fresh database, with E2E_BASE_URL, E2E_CHROMIUM, E2E_ARTIFACTS and
// E2E_AXE.
//   1. Three contexts: a coordinator promotes two live contributions into a new finding from the
//      console; the guest's board shows them « retenue » and a stakeholder on the diagnosis page
//      sees the finding appear, both without a reload; the stakeholder co-signs it for their
//      organization and proposes an edit.
//   2. Two coordinators edit the same finding: the second sees the conflict view with both texts,
//      keeps theirs and saves it.
//   3. A coordinator promotes a contribution of the consultation from the diagnosis page.
//   4. The restitution page passes axe and prints on A4.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BASE_URL,
  LIVE_TIMEOUT_MS,
  PHONE,
  enhancedForm,
  graphql,
  joinAsGuest,
  scenario,
  signIn,
  postVia,
  until,
  useBrowser,
  visit,
  withText,
} from './browser.mjs';

const TEST_TIMEOUT_MS = 240_000;
const COORDINATOR = 'coordinatrice@demo.quartierlab.fr';
const SECOND_COORDINATOR = 'coordinateur@demo.quartierlab.fr';
/** A member of an association that lets its members co-sign. */
const STAKEHOLDER = 'acteur@demo.quartierlab.fr';
const SLUG = 'atelier-mobilite-emploi-en-direct-demo';
const JOIN_CODE = 'DEMO42';
const DIAGNOSIS = '/territories/bordeaux-rive-droite/diagnostic/2026';
const RESTITUTION = `${DIAGNOSIS}/restitution`;
const RUN = Math.random().toString(36).slice(2, 7).toUpperCase();

useBrowser();

describe('The shared diagnosis in three browsers', () => {
  it(
    'a coordinator promotes two live contributions; the board and the diagnosis page follow live; a stakeholder co-signs and suggests an edit',
    { timeout: TEST_TIMEOUT_MS },
    () =>
      scenario('diagnosis promotion', async (session, checkAxe) => {
        // The coordinator opens the session to contributions without moderation for the test.
        const coordinatorContext = await session.context();
        const console_ = await session.page('coordinator console', coordinatorContext);
        await signIn(console_, COORDINATOR, `/workshops/${SLUG}/console`, '[data-testid="promote-panel"]');
        const { workshop } = await graphql(coordinatorContext, 'query ($s: String!) { workshop(slug: $s) { id } }', {
          s: SLUG,
        });
        await graphql(
          coordinatorContext,
          'mutation ($w: ID!) { setModerationMode(workshopId: $w, mode: OPEN) { userErrors { message } } }',
          { w: workshop.id },
        );
        try {
          // A guest on the phone board posts two contributions.
          const guestContext = await session.context(PHONE);
          await joinAsGuest(guestContext, JOIN_CODE, `Invitée diagnostic ${RUN}`);
          const texts = [`Il manque une navette le soir ${RUN}`, `Les horaires des bus ne collent pas ${RUN}`];
          for (const body of texts) await postVia(guestContext, { workshopId: workshop.id, kind: 'NEED', body });
          const board = await session.page('guest board', guestContext);
          await visit(board, `/workshops/${SLUG}/live`, '[data-testid="contribution"]');
          for (const text of texts) await withText(board, '[data-testid="contribution"]', text).first().waitFor();
          await session.watchNoReload(board);

          // The stakeholder follows the diagnosis page.
          const stakeholderContext = await session.context();
          const diagnosisPage = await session.page('stakeholder diagnosis page', stakeholderContext);
          await signIn(diagnosisPage, STAKEHOLDER, DIAGNOSIS, '[data-testid="finding-card"]');
          await diagnosisPage.locator('[data-testid="connection-state"][data-state="live"]').first().waitFor({
            timeout: LIVE_TIMEOUT_MS,
          });
          await session.watchNoReload(diagnosisPage);

          // The coordinator ticks both in the console and makes a new finding of them.
          await console_.reload();
          await enhancedForm(console_, '[data-testid="promote-form"]');
          for (const text of texts) {
            const item = withText(console_, '[data-testid="published-item"]', text).first();
            await item.waitFor();
            await item.locator('[data-testid="promote-pick"]').check();
          }
          await until(
            async () => /2/.test(await console_.locator('[data-testid="promote-count"]').innerText()),
            'the promotion panel counts two contributions',
          );
          const title = `Des trajets du soir impossibles ${RUN}`;
          await console_.locator('[data-testid="promote-title"]').fill(title);
          await console_.locator('[data-testid="promote-new"]').click();
          await console_.locator('[data-testid="promote-done"]').waitFor({ timeout: LIVE_TIMEOUT_MS });

          // The board marks both « retenue », the diagnosis page shows the finding: live.
          for (const text of texts) {
            await withText(board, '[data-testid="contribution"]', text)
              .first()
              .locator('[data-testid="retained-mark"]')
              .waitFor({ timeout: LIVE_TIMEOUT_MS });
          }
          assert.match(
            await withText(board, '[data-testid="contribution"]', texts[0]).first().innerText(),
            /retenue/i,
            'the board says « retenue dans le diagnostic »',
          );
          const card = withText(diagnosisPage, '[data-testid="finding-card"]', title).first();
          await card.waitFor({ timeout: LIVE_TIMEOUT_MS });
          await session.assertNoReload(board);
          await session.assertNoReload(diagnosisPage);
          await checkAxe(diagnosisPage, 'diagnosis page (stakeholder)');

          // The stakeholder opens it and co-signs it for their association.
          await card.locator('[data-testid="finding-link"]').first().click();
          await diagnosisPage.locator('[data-testid="finding-title"]').waitFor();
          await enhancedForm(diagnosisPage, 'form[action="?/support"]');
          await diagnosisPage.locator('[data-testid="finding-cosign-organization"]').first().check();
          await diagnosisPage.locator('[data-testid="finding-support-button"]').click();
          await diagnosisPage.locator('[data-testid="finding-supported"]').waitFor({ timeout: LIVE_TIMEOUT_MS });
          await until(
            async () => (await diagnosisPage.locator('[data-testid="finding-cosigners"]').count()) > 0,
            'the finding lists the co-signing organization',
          );
          assert.match(
            await diagnosisPage.locator('[data-testid="finding-cosigners"]').innerText(),
            /\S/,
            'a co-signing organization is named',
          );

          // …and proposes an edit.
          await diagnosisPage.locator('[data-testid="finding-suggest-toggle"]').click();
          await enhancedForm(diagnosisPage, '[data-testid="finding-suggest-form"]');
          const better = `Le soir, les trajets vers l’emploi sont impossibles sans voiture ${RUN}`;
          await diagnosisPage.locator('[data-testid="suggest-statement"]').fill(better);
          await diagnosisPage.locator('[data-testid="finding-suggest-submit"]').click();
          await until(
            async () =>
              /\S/.test(await diagnosisPage.locator('[data-testid="finding-suggestions"] [role="status"]').innerText()),
            'the suggestion is acknowledged',
          );
          await until(
            // Shown as a diff of the current text: the run's mark is among its added words.
            async () =>
              (await withText(diagnosisPage, '[data-testid="suggestion"][data-state="PENDING"]', RUN).count()) > 0,
            'the author sees their suggestion, waiting for review',
          );
          await checkAxe(diagnosisPage, 'finding page (stakeholder)');
        } finally {
          await graphql(
            coordinatorContext,
            'mutation ($w: ID!) { setModerationMode(workshopId: $w, mode: STRICT) { userErrors { message } } }',
            { w: workshop.id },
          );
        }
      }),
  );

  it(
    'two coordinators edit the same finding: the second sees both texts, keeps theirs and saves it',
    { timeout: TEST_TIMEOUT_MS },
    () =>
      scenario('diagnosis conflict', async (session, checkAxe) => {
        const first = await session.page('first coordinator', await session.context());
        const second = await session.page('second coordinator', await session.context());
        await signIn(first, COORDINATOR, DIAGNOSIS, '[data-testid="finding-card"]');
        const href = await first
          .locator('[data-testid="finding-card"] [data-testid="finding-link"]')
          .first()
          .getAttribute('href');
        assert.ok(href, 'a finding links to its page');
        const findingPath = new URL(href, BASE_URL).pathname;
        await first.goto(new URL(findingPath, BASE_URL).href);
        await signIn(second, SECOND_COORDINATOR, findingPath, '[data-testid="finding-title"]');
        await first.locator('[data-testid="finding-title"]').waitFor();
        for (const page of [first, second]) {
          await page.locator('[data-testid="finding-edit-toggle"]').click();
          await enhancedForm(page, 'form[action="?/edit"]');
        }
        // Each sees that the other is editing too.
        await until(
          async () =>
            /\S/.test(
              await second
                .locator('[data-testid="finding-editors"]')
                .innerText()
                .catch(() => ''),
            ),
          'the second coordinator sees the first one editing',
        );

        const mine = `Le texte de la première coordinatrice ${RUN}`;
        const theirs = `Le texte du second coordinateur, à garder ${RUN}`;
        // Both start from the same version; the second is still typing when the first saves.
        await second.locator('[data-testid="edit-statement"]').fill(theirs);
        await first.locator('[data-testid="edit-statement"]').fill(mine);
        await first.locator('[data-testid="finding-edit-submit"]').click();
        await until(
          async () => (await first.locator('[data-testid="finding-statement"]').innerText()).includes(mine),
          'the first edit is saved',
        );
        // The second sees the conflict: live, or when saving on the version they started from.
        const conflict = second.locator('[data-testid="finding-conflict-current"]');
        await conflict.waitFor({ timeout: 5_000 }).catch(async () => {
          await second.locator('[data-testid="finding-edit-submit"]').click();
          await conflict.waitFor({ timeout: LIVE_TIMEOUT_MS });
        });
        assert.ok(
          (await second.locator('[data-testid="finding-conflict-statement"]').innerText()).includes(mine),
          'the conflict view shows the text saved meanwhile',
        );
        assert.equal(
          await second.locator('[data-testid="edit-statement"]').inputValue(),
          theirs,
          'what the second coordinator typed is still in the form',
        );
        await checkAxe(second, 'finding conflict view');
        // Saving again, against the version now current, keeps the second text.
        await until(async () => {
          if ((await second.locator('[data-testid="finding-statement"]').innerText()).includes(theirs)) return true;
          // The form closes once it has saved: a click that finds it gone is no failure.
          const submit = second.locator('[data-testid="finding-edit-submit"]');
          if (await submit.isVisible()) await submit.click({ timeout: 1_000 }).catch(() => undefined);
          return false;
        }, 'the second text is saved once merged by hand');
        await until(
          async () => (await second.locator('[data-testid="finding-revision"]').count()) >= 3,
          'both edits are in the history',
        );
      }),
  );

  it(
    'a coordinator promotes a contribution of the consultation from the diagnosis page',
    { timeout: TEST_TIMEOUT_MS },
    () =>
      scenario('diagnosis page promotion', async (session, checkAxe) => {
        const page = await session.page('coordinator diagnosis page', await session.context());
        await signIn(page, COORDINATOR, DIAGNOSIS, '[data-testid="consultation-promote"]');
        await enhancedForm(page, '[data-testid="consultation-promote-form"]');
        await page.locator('[data-testid="consultation-promote-pick"]').first().check();
        const title = `Un constat venu de la consultation ${RUN}`;
        await page.locator('[data-testid="consultation-promote-title"]').fill(title);
        await page.locator('[data-testid="consultation-promote-new"]').click();
        await page.locator('[data-testid="consultation-promote-done"]').waitFor({ timeout: LIVE_TIMEOUT_MS });
        await withText(page, '[data-testid="finding-card"]', title).first().waitFor({ timeout: LIVE_TIMEOUT_MS });
        await checkAxe(page, 'diagnosis page (coordinator)');
      }),
  );

  it('the restitution page passes axe and prints on A4', { timeout: TEST_TIMEOUT_MS }, () =>
    scenario('diagnosis restitution', async (session, checkAxe) => {
      const page = await session.page('restitution', await session.context());
      await visit(page, RESTITUTION, '[data-testid="restitution"]');
      await page.locator('[data-testid="matrix-table"]').waitFor();
      await checkAxe(page, 'restitution page');
      await page.emulateMedia({ media: 'print' });
      assert.equal(
        await page
          .locator('header, footer, nav')
          .evaluateAll(
            (els) =>
              els.filter((el) => !el.closest('[data-testid="restitution"]') && el.getClientRects().length > 0).length,
          ),
        0,
        'in print, the site’s header, footer and navigation are hidden',
      );
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const text = pdf.toString('latin1');
      const pages = text.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
      assert.ok(pages >= 2, `the restitution prints on several pages (${pages})`);
      // A4 is 595 × 842 points: every page's MediaBox says so.
      const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
      assert.ok(boxes.length > 0, 'the PDF has page boxes');
      for (const [, width, height] of boxes) {
        assert.ok(
          Math.abs(Number(width) - 595) < 2 && Math.abs(Number(height) - 842) < 2,
          `A4 page, got ${width}×${height}`,
        );
      }
    }),
  );
});
