// The coordinators' « to review » page in real Chromium, on the seeded Rive Droite diagnosis (in
// consultation) and the live demo workshop. Started by e2e/run.mjs before live.e2e.mjs (which
// closes the workshop).
//   1. A resident proposes a finding and reports another resident's contribution to the live
//      workshop (one cannot report one's own); the
//      coordinator finds both on « À relire », keeps the contribution and retains the finding;
//      both leave the list; axe passes on the page.
//   2. Without JavaScript, the same forms work (a second report, kept).
//   3. A resident's submitted testimony: the coordinator asks for a change with a note (without
//      JavaScript), the resident reads the note and submits again, the coordinator publishes it.
//      A stakeholder's organization request: the admin creates the organization from the page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_URL, enhancedForm, graphql, scenario, signIn, until, useBrowser, visit, withText } from './browser.mjs';

const TEST_TIMEOUT_MS = 180_000;
const COORDINATOR = 'coordinatrice@demo.quartierlab.fr';
const RESIDENT = 'habitante@demo.quartierlab.fr';
const AUTHOR = 'habitant@demo.quartierlab.fr';
const STAKEHOLDER = 'acteur@demo.quartierlab.fr';
const ADMIN = 'admin@demo.quartierlab.fr';
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
      assert.equal(await residentPage.locator('[data-testid="review-link"]').count(), 0, 'residents have no such page');
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
      assert.equal(
        await page.locator('[data-testid="review-link"]').getAttribute('aria-current'),
        'page',
        'the header leads coordinators to the page',
      );
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
      // Signed out, the page sends to sign in and back.
      await page.goto(new URL(REVIEW, BASE_URL).href);
      assert.equal(new URL(page.url()).pathname, '/signin');
      assert.equal(new URL(page.url()).searchParams.get('redirectTo'), REVIEW);
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

  it('lists submitted stories and organization requests, each with its decision', async () => {
    await scenario('review-drafts', async (session, axe) => {
      const author = await session.context();
      await signIn(await session.page('author', author), AUTHOR, '/', 'main');
      const { territory } = await graphql(author, '{ territory(slug: "bordeaux-rive-droite") { id } }');
      const title = `Le jardin de la cité ${RUN}`;
      const { createStory } = await graphql(
        author,
        `
          mutation ($input: CreateStoryInput!) {
            createStory(input: $input) {
              story {
                id
                authoring {
                  editVersion
                }
              }
              userErrors {
                message
              }
            }
          }
        `,
        {
          input: {
            kind: 'TESTIMONY',
            title,
            bodyMarkdown: 'Nous avons planté les premiers arbres au printemps.',
            territoryId: territory.id,
            consent: true,
            anonymous: true,
          },
        },
      );
      assert.deepEqual(createStory.userErrors, []);
      const submit = async (version) => {
        const { submitStory } = await graphql(
          author,
          'mutation ($id: ID!, $v: Int!) { submitStory(id: $id, expectedVersion: $v) { story { authoring { editVersion } } userErrors { message } } }',
          { id: createStory.story.id, v: version },
        );
        assert.deepEqual(submitStory.userErrors, [], 'submitting the story');
      };
      await submit(createStory.story.authoring.editVersion);

      // Without JavaScript, the coordinator asks for a change.
      const coordinator = await session.context({ javaScriptEnabled: false });
      const page = await session.page('coordinator (no JavaScript)', coordinator);
      await page.goto(new URL(`/signin?redirectTo=${encodeURIComponent(REVIEW)}`, BASE_URL).href);
      await page.locator('[data-testid="signin-email"]').fill(COORDINATOR);
      await page.locator('[data-testid="signin-password"]').fill('quartierlab-demo');
      await page.locator('[data-testid="signin-submit"]').click();
      await page.waitForURL((url) => url.pathname === REVIEW);
      const draft = withText(page, '[data-testid="review-draft"]', title);
      await draft.locator('[data-testid="review-draft-note"]').fill('Dites en quelle année.');
      await draft.locator('[data-testid="review-draft-request-changes"]').click();
      await page.waitForLoadState('load');
      assert.equal(await withText(page, '[data-testid="review-draft"]', title).count(), 0, 'it leaves the list');

      const { myDrafts } = await graphql(
        author,
        '{ myDrafts { nodes { title reviewState reviewerNote editVersion } } }',
      );
      const mine = myDrafts.nodes.find((d) => d.title === title);
      assert.equal(mine.reviewState, 'CHANGES_REQUESTED');
      assert.equal(mine.reviewerNote, 'Dites en quelle année.');
      await submit(mine.editVersion);

      // With JavaScript this time, the coordinator publishes it.
      const withJs = await session.context();
      const reviewer = await session.page('coordinator', withJs);
      await signIn(reviewer, COORDINATOR, REVIEW, '[data-testid="review-page"]');
      await axe(reviewer, 'review page with a submitted story');
      const again = withText(reviewer, '[data-testid="review-draft"]', title);
      await again.locator('[data-testid="review-draft-publish"]').click();
      await until(async () => (await again.count()) === 0, 'the published story leaves the list');
      const { node } = await graphql(author, 'query ($id: ID!) { node(id: $id) { ... on Story { title } } }', {
        id: createStory.story.id,
      });
      assert.equal(node?.title, title, 'the story is public');

      // A stakeholder asks for an organization; the admin creates it from the page.
      const stakeholder = await session.context();
      await signIn(await session.page('stakeholder', stakeholder), STAKEHOLDER, '/', 'main');
      const name = `Les Jardins partagés ${RUN}`;
      const { requestOrganization } = await graphql(
        stakeholder,
        'mutation ($input: RequestOrganizationInput!) { requestOrganization(input: $input) { userErrors { message } } }',
        { input: { name, kind: 'ASSOCIATION', description: 'Jardins au pied des immeubles.' } },
      );
      assert.deepEqual(requestOrganization.userErrors, []);
      const adminContext = await session.context();
      const admin = await session.page('admin', adminContext);
      await signIn(admin, ADMIN, REVIEW, '[data-testid="review-page"]');
      const request = withText(admin, '[data-testid="review-organization-request"]', name);
      await request.waitFor();
      await request.locator('textarea').fill('Bienvenue !');
      await request.locator('[data-testid="review-org-approve"]').click();
      await until(async () => (await request.count()) === 0, 'the approved request leaves the list');
      const { viewerOrganizationRequests } = await graphql(
        stakeholder,
        '{ viewerOrganizationRequests { name state organization { slug } } }',
      );
      const mineRequest = viewerOrganizationRequests.find((r) => r.name === name);
      assert.equal(mineRequest.state, 'ACCEPTED');
      assert.ok(mineRequest.organization?.slug, 'the organization exists');
    });
  });
});
