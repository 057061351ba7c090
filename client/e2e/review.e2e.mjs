// The coordinators' « to review » page in real Chromium, on the seeded Rive Droite diagnosis (in
// consultation) and the live demo workshop. Started by e2e/run.mjs before live.e2e.mjs (which
// closes the workshop).
//   1. A resident proposes a finding and reports another resident's contribution to the live
//      workshop (one cannot report one's own); the
//      coordinator finds both on « À relire », keeps the contribution and retains the finding;
//      both leave the list; axe passes on the page.
//   2. Without JavaScript, the same forms work (a second report, kept).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_URL, enhancedForm, graphql, scenario, signIn, until, useBrowser, visit, withText } from './browser.mjs';

const TEST_TIMEOUT_MS = 180_000;
const COORDINATOR = 'coordinatrice@demo.quartierlab.fr';
const RESIDENT = 'habitante@demo.quartierlab.fr';
const AUTHOR = 'habitant@demo.quartierlab.fr';
const SLUG = 'atelier-mobilite-emploi-en-direct-demo';
const RUN = Math.random().toString(36).slice(2, 7).toUpperCase();
const REVIEW = '/review';

useBrowser();

/** A contribution to the live workshop, posted for the test by another resident than the reporter. */
async function contributionToReport(context, body) {
  const { workshop } = await graphql(context, 'query ($slug: String!) { workshop(slug: $slug) { id } }', {
    slug: SLUG,
  });
  const { postContribution } = await graphql(
    context,
    'mutation ($input: PostContributionInput!) { postContribution(input: $input) { contribution { id moderationState } userErrors { message } } }',
    { input: { workshopId: workshop.id, kind: 'IDEA', body } },
  );
  assert.deepEqual(postContribution.userErrors, [], `posting “${body}”`);
  return postContribution.contribution;
}

async function report(context, id, reason) {
  const { reportContribution } = await graphql(
    context,
    'mutation ($id: ID!, $reason: String!) { reportContribution(id: $id, reason: $reason) { userErrors { message } } }',
    { id, reason },
  );
  assert.deepEqual(reportContribution.userErrors, [], 'reporting');
}

describe('« À relire »', { timeout: TEST_TIMEOUT_MS }, () => {
  it('gathers what waits for the coordinator, each item with its actions', async () => {
    await scenario('review-page', async (session, axe) => {
      const resident = await session.context();
      const residentPage = await session.page('resident', resident);
      await signIn(residentPage, RESIDENT, '/', 'main');
      const { territoryDiagnosis } = await graphql(
        resident,
        '{ territoryDiagnosis(territorySlug: "bordeaux-rive-droite", period: "2026") { id } }',
      );
      const title = `Un lieu d’accueil pour les familles ${RUN}`;
      const { proposeFinding } = await graphql(
        resident,
        'mutation ($input: ProposeFindingInput!) { proposeFinding(input: $input) { finding { id } userErrors { message } } }',
        {
          input: {
            diagnosisId: territoryDiagnosis.id,
            kind: 'UNMET_NEED',
            title,
            statement: 'Les familles du quartier n’ont pas de lieu où se retrouver le soir.',
          },
        },
      );
      assert.deepEqual(proposeFinding.userErrors, []);
      const author = await session.context();
      await signIn(await session.page('author', author), AUTHOR, '/', 'main');
      const body = `Une idée à relire ${RUN}`;
      const posted = await contributionToReport(author, body);
      if (posted.moderationState !== 'PUBLISHED') {
        // The workshop is in strict moderation: the coordinator's queue shows it first.
        const coordinatorApi = await session.context();
        const page = await session.page('api', coordinatorApi);
        await signIn(page, COORDINATOR, '/', 'main');
        await graphql(
          coordinatorApi,
          'mutation ($id: ID!) { approveContribution(id: $id) { userErrors { message } } }',
          {
            id: posted.id,
          },
        );
      }
      await report(resident, posted.id, 'Propos hors charte');

      const coordinator = await session.context();
      const page = await session.page('coordinator', coordinator);
      await signIn(page, COORDINATOR, REVIEW, '[data-testid="review-page"]');
      await axe(page, 'review page');
      const reported = withText(page, '[data-testid="review-contribution"]', body);
      await reported.waitFor();
      assert.match(await reported.innerText(), /Propos hors charte/);
      await enhancedForm(page, '[data-testid="review-page"] form >> nth=0');
      await reported.locator('[data-testid="review-keep"]').click();
      await until(async () => (await reported.count()) === 0, 'the kept contribution leaves the list');

      const finding = withText(page, '[data-testid="review-finding"]', title);
      await finding.waitFor();
      await finding.locator('[data-testid="review-finding-retained"]').click();
      await until(async () => (await finding.count()) === 0, 'the retained finding leaves the list');
      const { node } = await graphql(coordinator, 'query ($id: ID!) { node(id: $id) { ... on Finding { status } } }', {
        id: proposeFinding.finding.id,
      });
      assert.equal(node.status, 'RETAINED');
    });
  });

  it('works without JavaScript', async () => {
    await scenario('review-page-no-js', async (session) => {
      const resident = await session.context();
      const residentPage = await session.page('resident', resident);
      await signIn(residentPage, RESIDENT, '/', 'main');
      const author = await session.context();
      await signIn(await session.page('author', author), AUTHOR, '/', 'main');
      const body = `Une autre idée à relire ${RUN}`;
      const posted = await contributionToReport(author, body);
      const coordinator = await session.context({ javaScriptEnabled: false });
      const page = await session.page('coordinator (no JavaScript)', coordinator);
      await page.goto(new URL(`/signin?redirectTo=${encodeURIComponent(REVIEW)}`, BASE_URL).href);
      await page.locator('[data-testid="signin-email"]').fill(COORDINATOR);
      await page.locator('[data-testid="signin-password"]').fill('quartierlab-demo');
      await page.locator('[data-testid="signin-submit"]').click();
      await page.waitForURL((url) => url.pathname === REVIEW);
      if (posted.moderationState !== 'PUBLISHED') {
        const queued = withText(page, '[data-testid="review-contribution"]', body);
        await queued.locator('[data-testid="review-approve"]').click();
        await page.waitForLoadState('load');
      }
      await report(resident, posted.id, 'Encore hors charte');
      await visit(page, REVIEW, '[data-testid="review-page"]');
      const reported = withText(page, '[data-testid="review-contribution"]', body);
      await reported.locator('[data-testid="review-keep"]').click();
      await page.waitForLoadState('load');
      assert.equal(await withText(page, '[data-testid="review-contribution"]', body).count(), 0);
    });
  });
});
