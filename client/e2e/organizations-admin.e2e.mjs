// Organizations and people in real Chromium, on the seeded demo accounts. Started by e2e/run.mjs
// with E2E_BASE_URL, E2E_CHROMIUM, E2E_ARTIFACTS and E2E_AXE; it changes memberships and roles,
// so it runs after the files that read the seeded ones.
//   1. An admin creates an organization and invites a first member, who signs in from the link
//      and accepts; made a manager, she invites someone else, who accepts too.
//   2. Without JavaScript, a stakeholder asks to join; the manager accepts.
//   3. Without JavaScript, a stakeholder asks for an organization (a bad address first: what was
//      typed stays); the admin approves it, and the stakeholder manages it.
//   4. The admin finds a person by a query without case or accents, makes them a coordinator of
//      a workshop and a diagnosis chosen by name, then takes it back; others get a 403.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_URL, DEMO_PASSWORD, enhancedForm, scenario, signIn, submitTo, useBrowser, visit } from './browser.mjs';
import { png } from './images.mjs';

const TEST_TIMEOUT_MS = 180_000;
const ADMIN = 'admin@demo.quartierlab.fr';
/** Sophie Laval (démo): the first member, then a manager. */
const MANAGER = { email: 'bailleur@demo.quartierlab.fr', name: 'Sophie Laval' };
/** Thomas R. (démo), a resident with no organization. */
const INVITEE = { email: 'habitant@demo.quartierlab.fr', name: 'Thomas R.' };
/** Moussa Diallo (démo), a stakeholder. */
const STAKEHOLDER = { email: 'acteur@demo.quartierlab.fr', name: 'Moussa Diallo' };
const RUN = Math.random().toString(36).slice(2, 7);
const ERRORS = '[role="alert"], .field-error';

useBrowser();

/** The organization made in test 1, used by test 2. */
let made = null;

/** Signs in by the form, without waiting for scripts (for pages without JavaScript). */
async function signInPlain(page, email, next, ready) {
  await visit(page, `/signin?redirectTo=${encodeURIComponent(next)}`, '[data-testid="signin-form"]');
  await page.locator('[data-testid="signin-email"]').fill(email);
  await page.locator('[data-testid="signin-password"]').fill(DEMO_PASSWORD);
  await submitTo(page, '[data-testid="signin-submit"]', next, ERRORS);
  await page.locator(ready).first().waitFor();
}

/** Makes an invitation link on the organization's edit page; returns its path on this site. */
async function invite(page) {
  await enhancedForm(page, '[data-testid="org-invite-form"]');
  await page.locator('[data-testid="org-invite-submit"]').click();
  const link = await page.locator('[data-testid="org-invite-link"]').inputValue();
  // The link's origin is PUBLIC_ORIGIN (unset here: localhost); its path is what leads to the page.
  const { pathname } = new URL(link);
  assert.match(pathname, /^\/invitations\/[A-Za-z0-9_-]{20,}$/, `the invitation link ${link}`);
  assert.match(await page.locator('[data-testid="org-invite-made"]').innerText(), /expire le/);
  return pathname;
}

const member = (page, name) => page.locator('[data-testid="org-member"]').filter({ hasText: name });

describe('Organizations and people', () => {
  it(
    'an admin creates an organization; its members join by invitation links; one becomes a manager and invites',
    { timeout: TEST_TIMEOUT_MS },
    () =>
      scenario('organization by invitation', async (session, checkAxe) => {
        const admin = await session.page('admin', await session.context());
        await signIn(admin, ADMIN, '/organizations/new', '[data-testid="org-new-form"]');
        await checkAxe(admin, '/organizations/new (admin)');
        await enhancedForm(admin, '[data-testid="org-new-form"]');
        const name = `Atelier vélo solidaire ${RUN}`;
        await admin.locator('[data-testid="org-name"]').fill(name);
        await admin.locator('[data-testid="org-kind"]').selectOption('ASSOCIATION');
        await admin.locator('[data-testid="org-description"]').fill('Réparer les vélos du quartier, ensemble.');
        await admin.locator('[data-testid="org-new-submit"]').click();
        await admin.waitForURL(/\/organizations\/[a-z0-9-]+\/edit/);
        const slug = new URL(admin.url()).pathname.split('/')[2];
        await admin.locator('[data-testid="org-created"]').waitFor();
        made = { slug, name };

        // A first member, invited by the admin: she signs in from the link and comes back to it.
        const firstLink = await invite(admin);
        await admin.locator('[data-testid="org-invitation"]').first().waitFor();
        await checkAxe(admin, '/organizations/[slug]/edit (admin, a link just made)');

        const manager = await session.page('manager', await session.context());
        await visit(manager, firstLink, '[data-testid="invitation-signin"]');
        await manager.locator('[data-testid="invitation-signin"]').click();
        await manager.waitForURL((url) => url.pathname === '/signin');
        await enhancedForm(manager, '[data-testid="signin-form"]');
        await manager.locator('[data-testid="signin-email"]').fill(MANAGER.email);
        await manager.locator('[data-testid="signin-password"]').fill(DEMO_PASSWORD);
        await submitTo(manager, '[data-testid="signin-submit"]', firstLink, ERRORS);
        await enhancedForm(manager, '[data-testid="invitation-form"]');
        await manager.locator('[data-testid="invitation-accept"]').click();
        await manager.locator('[data-testid="org-welcome"]').waitFor();
        assert.equal(new URL(manager.url()).pathname, `/organizations/${slug}`);
        assert.equal(await manager.locator('[data-testid="org-manage"]').count(), 0, 'a member is no manager');

        // The link served once.
        await visit(manager, firstLink, '[data-testid="invitation"]');
        assert.ok(
          (await manager.locator('[data-testid="invitation-member"]').count()) > 0,
          'the used link says she is a member now',
        );

        // The admin makes her a manager.
        await admin.reload();
        const row = member(admin, MANAGER.name);
        await enhancedForm(admin, '[data-testid="org-member"] form[action="?/access"]');
        await row.locator('[data-testid="org-member-access"]').selectOption('MANAGER');
        await row.locator('[data-testid="org-member-access-save"]').click();
        await admin
          .locator('[data-testid="org-member"][data-access="MANAGER"]')
          .filter({ hasText: MANAGER.name })
          .waitFor();

        // As a manager she finds « Gérer » on the page, and invites someone else.
        await manager.goto(new URL(`/organizations/${slug}`, BASE_URL).href);
        await manager.locator('[data-testid="org-manage"]').click();
        await manager.waitForURL((url) => url.pathname === `/organizations/${slug}/edit`);

        // Both edit the profile; the admin, second to save, is told, keeps his text and saves it.
        const adminText = 'Réparer les vélos du quartier, le samedi matin.';
        const managerText = 'Un atelier de réparation de vélos ouvert à tous.';
        await enhancedForm(admin, '[data-testid="org-profile-form"]');
        await admin.locator('[data-testid="org-description"]').fill(adminText);
        await enhancedForm(manager, '[data-testid="org-profile-form"]');
        await manager.locator('[data-testid="org-description"]').fill(managerText);
        await manager.locator('[data-testid="org-profile-submit"]').click();
        await manager.locator('[data-testid="org-profile-saved"]').waitFor();
        await admin.locator('[data-testid="org-profile-submit"]').click();
        const conflict = admin.locator('[data-testid="org-profile-conflict"]');
        await conflict.waitFor();
        assert.match(await conflict.innerText(), new RegExp(managerText));
        assert.equal(await admin.locator('[data-testid="org-description"]').inputValue(), adminText, 'his text stays');
        await admin.locator('[data-testid="org-profile-submit"]').click();
        await admin.locator('[data-testid="org-profile-saved"]').waitFor();
        assert.equal(await conflict.count(), 0);
        await manager.reload();
        assert.equal(await manager.locator('[data-testid="org-description"]').inputValue(), adminText);

        // The manager gives it a logo with the profile: the public page shows it to anyone.
        await manager.locator('[data-testid="org-logo-file"]').setInputFiles({
          name: 'logo.png',
          mimeType: 'image/png',
          buffer: png(96, 48),
        });
        await manager.locator('[data-testid="org-profile-submit"]').click();
        await manager.locator('[data-testid="org-logo-current"]').waitFor();
        const visitor = await session.page('visitor', await session.context());
        await visitor.goto(new URL(`/organizations/${slug}`, BASE_URL).href);
        const logo = visitor.locator('[data-testid="org-logo"]');
        await logo.waitFor();
        const served = await visitor.request.get(new URL(await logo.getAttribute('src'), BASE_URL).href);
        assert.equal(served.status(), 200, 'the logo is public');

        const secondLink = await invite(manager);

        const invitee = await session.page('invitee', await session.context());
        await signIn(invitee, INVITEE.email, secondLink, '[data-testid="invitation-form"]');
        await enhancedForm(invitee, '[data-testid="invitation-form"]');
        await invitee.locator('[data-testid="invitation-accept"]').click();
        await invitee.locator('[data-testid="org-welcome"]').waitFor();

        await manager.reload();
        await member(manager, INVITEE.name).waitFor();
        assert.equal(await manager.locator('[data-testid="org-invitation"]').count(), 0, 'both links are used');
      }),
  );

  it('without JavaScript, a stakeholder asks to join and the manager accepts', { timeout: TEST_TIMEOUT_MS }, () =>
    scenario('join request', async (session, checkAxe) => {
      assert.ok(made, 'the organization of the previous test');
      const path = `/organizations/${made.slug}`;
      const stakeholder = await session.page('stakeholder', await session.context({ javaScriptEnabled: false }));
      await signInPlain(stakeholder, STAKEHOLDER.email, path, '[data-testid="org-join-form"]');
      await stakeholder.locator('[data-testid="org-join-message"]').fill('J’anime l’atelier du samedi.');
      await stakeholder.locator('[data-testid="org-join-submit"]').click();
      await stakeholder.locator('[data-testid="org-join-state"]').waitFor();
      assert.match(await stakeholder.locator('[data-testid="org-join-state"]').innerText(), /attend/);
      assert.equal(await stakeholder.locator('[data-testid="org-join-form"]').count(), 0, 'asked once');

      const manager = await session.page('manager', await session.context());
      await signIn(manager, MANAGER.email, `${path}/edit`, '[data-testid="org-join-request"]');
      const request = manager.locator('[data-testid="org-join-request"]').filter({ hasText: STAKEHOLDER.name });
      assert.match(await request.innerText(), /samedi/);
      await enhancedForm(manager, '[data-testid="org-join-request"] form');
      await request.locator('[data-testid="org-join-accept"]').click();
      await member(manager, STAKEHOLDER.name).waitFor();
      assert.equal(await manager.locator('[data-testid="org-join-request"]').count(), 0, 'no request left');
      await checkAxe(manager, '/organizations/[slug]/edit (manager)');

      await stakeholder.reload();
      await stakeholder.locator('main h1').waitFor();
      assert.equal(await stakeholder.locator('[data-testid="org-join"]').count(), 0, 'a member is not asked to join');
    }),
  );

  it(
    'without JavaScript, a stakeholder asks for an organization; the admin approves it',
    { timeout: TEST_TIMEOUT_MS },
    () =>
      scenario('organization request', async (session, checkAxe) => {
        const stakeholder = await session.page('stakeholder', await session.context({ javaScriptEnabled: false }));
        await signInPlain(stakeholder, STAKEHOLDER.email, '/organizations/new', '[data-testid="org-new-form"]');
        const name = `Jardins partagés du Bas-Cenon ${RUN}`;
        await stakeholder.locator('[data-testid="org-name"]').fill(name);
        await stakeholder.locator('[data-testid="org-kind"]').selectOption('RESIDENTS_COLLECTIVE');
        await stakeholder.locator('[data-testid="org-website"]').fill('pas une adresse');
        await stakeholder.locator('[data-testid="org-new-submit"]').click();
        await stakeholder.locator('[data-testid="org-website-error"]').waitFor();
        assert.equal(await stakeholder.locator('[data-testid="org-name"]').inputValue(), name, 'the name stays');
        assert.equal(await stakeholder.locator('[data-testid="org-kind"]').inputValue(), 'RESIDENTS_COLLECTIVE');
        const website = stakeholder.locator('[data-testid="org-website"]');
        assert.equal(await website.getAttribute('aria-invalid'), 'true');
        assert.match((await website.getAttribute('aria-describedby')) ?? '', /website-error/);
        await website.fill('https://jardins.example.fr');
        await stakeholder.locator('[data-testid="org-new-submit"]').click();
        await stakeholder.locator('[data-testid="org-requested"]').waitFor();
        const own = stakeholder.locator('[data-testid="org-own-requests"] li').filter({ hasText: name });
        assert.equal(await own.locator('[data-testid="request-state"]').getAttribute('data-state'), 'PENDING');

        const admin = await session.page('admin', await session.context());
        await signIn(admin, ADMIN, '/admin', '[data-testid="admin-org-request"]');
        await checkAxe(admin, '/admin (an organization request pending)');
        const item = admin.locator('[data-testid="admin-org-request"]').filter({ hasText: name });
        await enhancedForm(admin, `[data-testid="admin-org-request"]:has-text("${name}") form`);
        await item.locator('textarea').fill('Bienvenue sur QuartierLab.');
        await item.locator('[data-testid="admin-org-approve"]').click();
        await admin.locator('[data-testid="admin-org-decided"]').waitFor();
        assert.equal(await item.count(), 0, 'the request left the list');

        await stakeholder.reload();
        await own.waitFor();
        assert.equal(await own.locator('[data-testid="request-state"]').getAttribute('data-state'), 'ACCEPTED');
        assert.match(await own.innerText(), /Bienvenue sur QuartierLab/);
        await own.getByRole('link').click();
        await stakeholder.locator('[data-testid="org-edit-page"]').waitFor();
        await member(stakeholder, STAKEHOLDER.name).and(stakeholder.locator('[data-access="MANAGER"]')).waitFor();
      }),
  );

  it(
    'the admin finds a person without case or accents, makes them a coordinator of a workshop and a diagnosis, then takes it back',
    { timeout: TEST_TIMEOUT_MS },
    () =>
      scenario('people admin', async (session, checkAxe) => {
        // Not for others: a stakeholder gets a 403, a visitor is asked to sign in.
        const visitor = await session.page('visitor', await session.context());
        await visitor.goto(new URL('/admin', BASE_URL).href);
        assert.equal(new URL(visitor.url()).pathname, '/signin');
        await signIn(visitor, STAKEHOLDER.email, '/', 'main');
        const refused = await visitor.goto(new URL('/admin', BASE_URL).href);
        assert.equal(refused?.status(), 403, '/admin for a stakeholder');

        const admin = await session.page('admin', await session.context());
        await signIn(admin, ADMIN, '/admin', '[data-testid="admin-people"]');
        await checkAxe(admin, '/admin');

        // « Thomas R. (démo) » is found by a query in capitals, without its accent.
        await admin.locator('[data-testid="admin-people-search"]').fill('THOMAS R. (DEMO)');
        await admin.locator('[data-testid="admin-people-search"]').press('Enter');
        await admin.waitForURL((url) => url.searchParams.get('q') === 'THOMAS R. (DEMO)');
        const rows = admin.locator('[data-testid="admin-person"]');
        await rows.first().waitFor();
        assert.equal(await rows.count(), 1, 'one person found');
        assert.match(await rows.first().innerText(), /Thomas R\. \(démo\)/);
        assert.match(await rows.first().innerText(), /habitant@demo\.quartierlab\.fr/);

        await rows.first().locator('[data-testid="admin-person-link"]').click();
        await admin.locator('[data-testid="admin-person-page"]').waitFor();
        await enhancedForm(admin, '[data-testid="admin-role-form"]');
        await admin.locator('[data-testid="admin-role-select"]').selectOption('COORDINATOR');
        await admin.locator('[data-testid="admin-role-submit"]').click();
        await admin.locator('[data-testid="admin-person-role"][data-role="COORDINATOR"]').waitFor();

        // A workshop and a diagnosis, chosen by their names.
        for (const kind of ['workshop', 'diagnosis']) {
          await enhancedForm(admin, `[data-testid="admin-assign-${kind}-form"]`);
          const option = admin.locator(`[data-testid="admin-assign-${kind}"] option:not([value=""])`).first();
          const label = (await option.innerText()).trim();
          await admin.locator(`[data-testid="admin-assign-${kind}"]`).selectOption({ label });
          await admin.locator(`[data-testid="admin-assign-${kind}-submit"]`).click();
          await admin.locator(`[data-testid="admin-assigned-${kind}"] li`).filter({ hasText: label }).waitFor();
        }
        await checkAxe(admin, '/admin/people/[id]');

        // The role filter lists them with the coordinators.
        await visit(admin, '/admin?role=COORDINATOR', '[data-testid="admin-person"]');
        const roles = await admin
          .locator('[data-testid="admin-person"]')
          .evaluateAll((els) => els.map((el) => el.dataset.role));
        assert.ok(
          roles.every((role) => role === 'COORDINATOR'),
          `roles listed: ${roles.join(', ')}`,
        );
        await admin.locator('[data-testid="admin-person"]').filter({ hasText: INVITEE.name }).waitFor();

        // Taken back: a resident again, who coordinates nothing any more.
        await admin
          .locator('[data-testid="admin-person"]')
          .filter({ hasText: INVITEE.name })
          .locator('[data-testid="admin-person-link"]')
          .click();
        await admin.locator('[data-testid="admin-person-page"]').waitFor();
        await enhancedForm(admin, '[data-testid="admin-role-form"]');
        await admin.locator('[data-testid="admin-role-select"]').selectOption('RESIDENT');
        await admin.locator('[data-testid="admin-role-submit"]').click();
        await admin.locator('[data-testid="admin-person-role"][data-role="RESIDENT"]').waitFor();
        assert.equal(await admin.locator('[data-testid^="admin-assigned-"]').count(), 0, 'no assignment left');
      }),
  );
});
