// Writing stories in real Chromium, through review. Started by e2e/run.mjs on a fresh database,
// with E2E_BASE_URL, E2E_CHROMIUM, E2E_ARTIFACTS and E2E_AXE.
//   1. A visitor asking for the editor is sent to sign in and back. A resident writes a testimony
//      (refused without consent, their text kept), with a live preview and a linked project, and
//      submits it; a coordinator asks for changes with a note; the resident reads the note in
//      « Mes contributions », edits (a stale version is refused, their text kept) and resubmits;
//      the coordinator publishes; a visitor without JavaScript reads it. axe on both editor pages.
//   2. Without JavaScript: preview, save, restore an earlier version, submit, withdraw.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BASE_URL,
  DEMO_PASSWORD,
  NAVIGATION_TIMEOUT_MS,
  enhancedForm,
  graphql,
  scenario,
  signIn,
  textOf,
  useBrowser,
  visit,
  withText,
} from './browser.mjs';

const TEST_TIMEOUT_MS = 240_000;
const RESIDENT = 'habitante@demo.quartierlab.fr';
const SECOND_RESIDENT = 'habitant@demo.quartierlab.fr';
const COORDINATOR = 'coordinatrice@demo.quartierlab.fr';
const TERRITORY = 'Rive Droite de Bordeaux Métropole (GPV)';
const RUN = Math.random().toString(36).slice(2, 7).toUpperCase();

useBrowser();

const pathOf = (page) => new URL(page.url()).pathname;

/** Waits for the editor to say what the last move did. */
async function done(page, text) {
  const status = page.locator('[data-testid="story-done"]');
  await status.waitFor({ timeout: NAVIGATION_TIMEOUT_MS });
  assert.match(await textOf(status), text);
}

async function stateOf(page) {
  return page.locator('[data-testid="story-status"] [data-testid="review-state"]').getAttribute('data-state');
}

/** The story's id and draft version, as its author's API sees them. */
async function draftOf(context, slug) {
  const { story } = await graphql(
    context,
    'query ($s: String!) { story(slug: $s) { id authoring { editVersion reviewState } draft { title bodyMarkdown } } }',
    { s: slug },
  );
  return story;
}

/** Signs in through the site's form with JavaScript off (the form posts and redirects). */
async function signInWithoutJs(page, email, next) {
  await visit(page, `/signin?redirectTo=${encodeURIComponent(next)}`, '[data-testid="signin-form"]');
  await page.locator('[data-testid="signin-email"]').fill(email);
  await page.locator('[data-testid="signin-password"]').fill(DEMO_PASSWORD);
  await page.locator('[data-testid="signin-submit"]').click();
  await page.waitForURL((url) => url.pathname === next, { timeout: NAVIGATION_TIMEOUT_MS });
}

describe('Writing a story through review', () => {
  it(
    'a resident writes a testimony, a coordinator asks for changes, the resident makes them, the coordinator publishes',
    { timeout: TEST_TIMEOUT_MS },
    () =>
      scenario('story authoring', async (session, checkAxe) => {
        // A visitor is sent to sign in, and comes back to the editor.
        const visitor = await session.page('visitor', await session.context());
        await visitor.goto(new URL('/stories/new', BASE_URL).href);
        const signin = new URL(visitor.url());
        assert.equal(signin.pathname, '/signin');
        assert.equal(signin.searchParams.get('redirectTo'), '/stories/new');

        const residentContext = await session.context();
        const page = await session.page('resident', residentContext);
        await signIn(page, RESIDENT, '/stories/new', '[data-testid="story-form"]');
        await checkAxe(page, 'story editor (new)');
        await enhancedForm(page, '[data-testid="story-form"]');

        const title = `Le jardin partagé ${RUN}`;
        await page.locator('[data-testid="story-kind-TESTIMONY"]').check();
        await page.locator('[data-testid="story-title"]').fill(title);
        await page.locator('[data-testid="story-territory"]').selectOption({ label: TERRITORY });
        await page
          .locator('[data-testid="story-body"]')
          .fill(`## Au pied des tours\n\nNous avons **planté** des tomates ${RUN} avec les voisines du bâtiment C.`);
        await page.locator('[data-testid="story-teller-role"]').fill('habitante du quartier');
        // The preview follows the text, rendered by the API's sanitizer.
        await withText(page, '[data-testid="story-preview"] strong', 'planté').waitFor();
        await withText(page, '[data-testid="story-preview"] h2', 'Au pied des tours').waitFor();
        // The chosen territory's projects come first.
        const project = page.locator('[data-testid="story-portraitIds"] input[type="checkbox"]').first();
        const projectName = await textOf(page.locator('[data-testid="story-portraitIds"] label').first());
        await project.check();

        // A testimony without its teller's consent is refused; what was typed stays.
        await page.locator('[data-testid="story-submit"]').click();
        await page.locator('[data-testid="story-consent-error"]').waitFor();
        assert.equal(await page.locator('[data-testid="story-title"]').inputValue(), title);
        assert.equal(pathOf(page), '/stories/new');
        await page.locator('[data-testid="story-consent"]').check();
        await page.locator('[data-testid="story-submit"]').click();
        await page.waitForURL((url) => /^\/stories\/[^/]+\/edit$/.test(url.pathname), {
          timeout: NAVIGATION_TIMEOUT_MS,
        });
        await done(page, /soumis/);
        assert.equal(await stateOf(page), 'SUBMITTED');
        const editPath = pathOf(page);
        const slug = editPath.split('/')[2];
        assert.ok(await page.locator('[data-testid="story-portraitIds"] input:checked').count(), 'the project link');
        await checkAxe(page, 'story editor (edit, submitted)');

        // Another resident does not see the draft.
        const otherContext = await session.context();
        const other = await session.page('other resident', otherContext);
        await signIn(other, SECOND_RESIDENT, '/stories', '[data-testid="story-card"]');
        const hidden = await other.goto(new URL(`/stories/${slug}`, BASE_URL).href);
        assert.equal(hidden?.status(), 404, 'a submitted story is hidden from other people');

        // The coordinator asks for changes from the editor's review panel.
        const coordinatorContext = await session.context();
        const coordinator = await session.page('coordinator', coordinatorContext);
        await signIn(coordinator, COORDINATOR, editPath, '[data-testid="story-review"]');
        await enhancedForm(coordinator, 'form[action="?/requestChanges"]');
        const note = `Précisez le nom du jardin ${RUN}.`;
        await coordinator.locator('[data-testid="story-note"]').fill(note);
        await coordinator.locator('[data-testid="story-request-changes"]').click();
        await done(coordinator, /modifications/i);
        assert.equal(await stateOf(coordinator), 'CHANGES_REQUESTED');

        // The resident sees the note among their contributions, then edits.
        await visit(page, '/me/drafts', '[data-testid="my-draft"]');
        const item = withText(page, '[data-testid="my-draft"]', title);
        assert.equal(
          await item.locator('[data-testid="review-state"]').getAttribute('data-state'),
          'CHANGES_REQUESTED',
        );
        assert.match(await textOf(item.locator('[data-testid="my-draft-note"]')), new RegExp(RUN));
        await item.locator('[data-testid="my-draft-edit"]').click();
        await page.waitForURL((url) => url.pathname === editPath);
        assert.match(await textOf(page.locator('[data-testid="story-reviewer-note"]')), new RegExp(RUN));
        await enhancedForm(page, '[data-testid="story-form"]');

        // Meanwhile the draft changes elsewhere (another tab): the save is refused, the text kept.
        const before = await draftOf(residentContext, slug);
        const { updateStory } = await graphql(
          residentContext,
          `
            mutation ($input: UpdateStoryInput!) {
              updateStory(input: $input) {
                userErrors {
                  message
                }
              }
            }
          `,
          {
            input: {
              id: before.id,
              expectedVersion: before.authoring.editVersion,
              kind: 'TESTIMONY',
              title,
              bodyMarkdown: `${before.draft.bodyMarkdown}\n\nÉcrit dans un autre onglet.`,
              tellerName: 'Samira K. (démo)',
              consent: true,
              territoryId: await page.locator('[data-testid="story-territory"]').inputValue(),
            },
          },
        );
        assert.deepEqual(updateStory.userErrors, []);
        const body = page.locator('[data-testid="story-body"]');
        const mine = `${await body.inputValue()}\n\nC’est le jardin des Lilas ${RUN}.`;
        await body.fill(mine);
        await page.locator('[data-testid="story-submit"]').click();
        await page.locator('[data-testid="story-conflict"]').waitFor();
        assert.equal(await body.inputValue(), mine, 'the text typed stays after a stale save');
        assert.match(await textOf(page.locator('[data-testid="story-conflict-body"]')), /autre onglet/);
        await page.locator('[data-testid="story-submit"]').click();
        await done(page, /soumis/);
        assert.equal(await stateOf(page), 'SUBMITTED');

        // The coordinator publishes.
        await visit(coordinator, editPath, '[data-testid="story-publish"]');
        await enhancedForm(coordinator, 'form[action="?/publish"]');
        await coordinator.locator('[data-testid="story-publish"]').click();
        await done(coordinator, /publié/i);
        assert.equal(await stateOf(coordinator), 'PUBLISHED');

        // Anyone reads it, without JavaScript; its author gets an edit link.
        const reader = await session.page(
          'reader without JavaScript',
          await session.context({ javaScriptEnabled: false }),
        );
        await visit(reader, `/stories/${slug}`, 'main h1');
        assert.equal(await textOf(reader.locator('main h1')), title);
        assert.match(await textOf(reader.locator('.body')), new RegExp(`jardin des Lilas ${RUN}`));
        assert.ok((await textOf(reader.locator('main'))).includes(projectName), `the linked project ${projectName}`);
        assert.equal(await reader.locator('[data-testid="story-edit-link"]').count(), 0);
        await visit(page, `/stories/${slug}`, '[data-testid="story-edit-link"]');
      }),
  );

  it('works without JavaScript: preview, save, restore, submit, withdraw', { timeout: TEST_TIMEOUT_MS }, () =>
    scenario('story authoring without JavaScript', async (session) => {
      const context = await session.context({ javaScriptEnabled: false });
      const page = await session.page('resident without JavaScript', context);
      await signInWithoutJs(page, SECOND_RESIDENT, '/stories/new');

      const title = `Un récit sans script ${RUN}`;
      const first = `Le premier jet du récit ${RUN}, écrit avec *soin* et sans JavaScript.`;
      await page.locator('[data-testid="story-title"]').fill(title);
      await page.locator('[data-testid="story-territory"]').selectOption({ label: TERRITORY });
      await page.locator('[data-testid="story-body"]').fill(first);
      await page.locator('[data-testid="story-preview-button"]').click();
      await withText(page, '[data-testid="story-preview"] em', 'soin').waitFor();
      assert.equal(await page.locator('[data-testid="story-title"]').inputValue(), title, 'the preview keeps the text');

      await page.locator('[data-testid="story-save"]').click();
      await page.waitForURL((url) => /^\/stories\/[^/]+\/edit$/.test(url.pathname));
      await done(page, /enregistré/i);
      assert.equal(await stateOf(page), 'DRAFT');
      const editPath = pathOf(page);

      await page.locator('[data-testid="story-body"]').fill(`Un second jet qui remplace tout ${RUN}.`);
      await page.locator('[data-testid="story-save"]').click();
      await done(page, /enregistré/i);
      await page.locator('[data-testid="story-revision"]').nth(1).waitFor();

      // The first version comes back as the draft.
      const oldest = page.locator('[data-testid="story-revision"]').last();
      await oldest.locator('summary').click();
      await oldest.locator('[data-testid="story-restore"]').click();
      await done(page, /redevenue/);
      assert.equal(await page.locator('[data-testid="story-body"]').inputValue(), first);

      await page.locator('[data-testid="story-submit"]').click();
      await done(page, /soumis/);
      assert.equal(pathOf(page), editPath);
      assert.equal(await stateOf(page), 'SUBMITTED');

      // Its author takes it back from review.
      await page.locator('[data-testid="story-withdraw"]').click();
      await done(page, /retiré/);
      assert.equal(await stateOf(page), 'WITHDRAWN');
    }),
  );
});
