// A whole live session in a real Chromium: a coordinator and a guest, each in their own browser
// context, run the seeded live demo workshop from join code to closed workshop. Started by
// e2e/run.mjs after site.e2e.mjs (this test closes the workshop), on a fresh database, with
// E2E_BASE_URL, E2E_CHROMIUM, E2E_ARTIFACTS and E2E_AXE.
//
// Nothing here reloads a page to see a change: every page is watched for reloads and for
// SvelteKit data re-fetches, and the test fails if a live page updated itself that way.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeReport } from './axe.mjs';
import {
  BASE_URL,
  LIVE_TIMEOUT_MS,
  PHONE,
  POLL_MS,
  RECONNECT_TIMEOUT_MS,
  Session,
  connectionState,
  controlSockets,
  delay,
  emptied,
  enhancedForm,
  expectAbsent,
  expectCount,
  expectEachOnce,
  graphql,
  joinAsGuest as joinWithCode,
  oneLine,
  postVia,
  submitTo,
  textOf,
  until,
  useBrowser,
  visit,
  withText,
} from './browser.mjs';

const TEST_TIMEOUT_MS = 300_000;

const PROJECTOR = { width: 1920, height: 1080 };

/** The seeded live demo workshop: LIVE, strict moderation, join code DEMO42. */
const SLUG = 'atelier-mobilite-emploi-en-direct-demo';
const JOIN_CODE = 'DEMO42';
const COORDINATOR = { email: 'coordinatrice@demo.quartierlab.fr', password: 'quartierlab-demo' };
const BOARD = `/workshops/${SLUG}/live`;
const CONSOLE = `/workshops/${SLUG}/console`;
const WALL = `/workshops/${SLUG}/wall`;

/** Says, in French, that a workshop is over (`closed` does not match: the pages are in French). */
const SAYS_CLOSED_FR = /\bclos\b|\bclose\b|clôtur|terminé|fermé/i;

/** Marks this run's texts, so that counting them by text counts only what this run posted. */
const RUN = Math.random().toString(36).slice(2, 7).toUpperCase();
const GUEST_NAME = `Invitée E2E ${RUN}`;

const T = {
  contribution: '[data-testid="contribution"]',
  wallItem: '[data-testid="wall-item"]',
  queueItem: '[data-testid="queue-item"]',
  publishedItem: '[data-testid="published-item"]',
  hiddenItem: '[data-testid="hidden-item"]',
  connection: '[data-testid="connection-state"]',
};

useBrowser();

/** Whether the composer's text box still holds `expected`, with the focus in it. */
async function expectDraft(page, expected, what) {
  const box = page.locator('[data-testid="composer-body"]');
  assert.equal(await box.inputValue(), expected, `${what}: the text being typed in the composer changed`);
  const focused = await box.evaluate((el) => el === document.activeElement);
  assert.ok(focused, `${what}: the composer's text box lost the focus`);
}

/** Joins the live demo workshop as a guest through the API, in this browser context. */
const joinAsGuest = (context, displayName) => joinWithCode(context, JOIN_CODE, displayName);

// ---------------------------------------------------------------------------------------------
// The test
// ---------------------------------------------------------------------------------------------

describe('A live workshop in two browsers', () => {
  it(
    'a coordinator and a guest run a session: strict queue, approval, hiding, a cut socket, closing',
    { timeout: TEST_TIMEOUT_MS },
    async (t) => {
      const session = new Session();
      /** Accessibility reports, checked at the end so that they do not hide what the flow finds. */
      const axeReports = [];
      const axe = async (page, label) => {
        const report = await axeReport(page, label);
        if (report) axeReports.push(report);
      };
      let current = 'setting up';
      const step = async (label, fn) => {
        current = label;
        const started = Date.now();
        await fn();
        t.diagnostic(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      };

      try {
        const coordinator = await session.context();
        const guest = await session.context(PHONE);
        const anonymous = await session.context();

        const console_ = await session.page('coordinator console', coordinator);
        const guestBoard = await session.page('guest board', guest);
        const guestSockets = await controlSockets(guestBoard);
        const anonymousBoard = await session.page('anonymous board', anonymous);
        /** @type {import('playwright-core').Page} */
        let wall;

        await step('1. the coordinator signs in and opens the console; the guest joins with the code', async () => {
          // The coordinator signs in through the form, which brings her back to the console.
          await visit(console_, `/signin?redirectTo=${encodeURIComponent(CONSOLE)}`, '[data-testid="signin-form"]');
          await enhancedForm(console_, '[data-testid="signin-form"]');
          await console_.locator('[data-testid="signin-email"]').fill(COORDINATOR.email);
          await console_.locator('[data-testid="signin-password"]').fill(COORDINATOR.password);
          await submitTo(
            console_,
            '[data-testid="signin-submit"]',
            CONSOLE,
            '[data-testid="signin-errors"], [data-testid$="-error"], [role="alert"]',
          );
          await console_.locator('[data-testid="session-controls"]').waitFor();
          await connectionState(console_, 'live', 'console');
          assert.equal(
            oneLine(await console_.locator('[data-testid="console-join-code"]').innerText()),
            JOIN_CODE,
            'the console does not show the join code',
          );
          assert.equal(
            await console_.locator('[data-testid="mode-STRICT"]').getAttribute('aria-pressed'),
            'true',
            'the demo workshop should start in strict moderation',
          );
          await axe(console_, 'coordinator console');

          // The wall, opened from the console as the coordinator would, on the projector's screen.
          const [popup] = await Promise.all([
            coordinator.waitForEvent('page'),
            console_.locator(`a[href="${WALL}"]`).first().click(),
          ]);
          wall = session.track('wall', popup);
          await wall.setViewportSize(PROJECTOR);
          await wall.waitForURL((url) => url.pathname === WALL);
          await wall.locator('[data-testid="wall"]').waitFor();
          await connectionState(wall, 'live', 'wall');
          assert.equal(oneLine(await wall.locator('[data-testid="wall-join-code"]').innerText()), JOIN_CODE);
          await wall.locator('[data-testid="wall-qr"]').waitFor();
          await axe(wall, 'wall');

          // Someone following the workshop without taking part.
          await visit(anonymousBoard, BOARD, '[data-testid="live-board"]');
          await connectionState(anonymousBoard, 'live', 'anonymous board');

          // The guest joins with the code and a display name, and lands on the live board.
          await visit(guestBoard, '/join', '[data-testid="join-form"]');
          await enhancedForm(guestBoard, '[data-testid="join-form"]');
          await axe(guestBoard, 'join page');
          await guestBoard.locator('[data-testid="join-code"]').fill(JOIN_CODE);
          await guestBoard.locator('[data-testid="join-name"]').fill(GUEST_NAME);
          await submitTo(
            guestBoard,
            '[data-testid="join-submit"]',
            BOARD,
            '[data-testid="join-errors"], [data-testid$="-error"], [role="alert"]',
          );
          await guestBoard.locator('[data-testid="live-board"]').waitFor();
          await guestBoard.locator('[data-testid="composer"]').waitFor();
          await connectionState(guestBoard, 'live', 'guest board');
          assert.equal(guestSockets.opened, 1, 'the guest board should follow the workshop on one websocket');
          await axe(guestBoard, 'live board (guest, phone)');

          for (const page of [console_, wall, anonymousBoard, guestBoard]) await session.watchNoReload(page);
        });

        await step('1b. presence counts people: the coordinator’s console and wall are one', async () => {
          // The coordinator (console and wall), the anonymous board and the guest: three people, four sockets.
          const shown = await until(async () => {
            const text = await textOf(console_.locator('[data-testid="connected-count"]'));
            return /^3\s/.test(text) && text;
          }, 'the console should count three people connected');
          t.diagnostic(`console with the wall open beside it: “${shown}”`);
        });

        const first = `Besoin ${RUN} : un arrêt de bus éclairé près de la zone d’activité pour les horaires de nuit.`;
        const draft = `Idée ${RUN} en cours d’écriture`;
        const draftMore = ' : un minibus partagé';
        const reason = `Doublon d’une autre contribution (${RUN})`;

        await step('2. the guest posts: it waits in the queue, and is neither on the wall nor on a board', async () => {
          await guestBoard.locator('[data-testid="composer-kind-NEED"]').check();
          await guestBoard.locator('[data-testid="composer-body"]').fill(first);
          await guestBoard.locator('[data-testid="composer-submit"]').click();

          // The guest is told it waits for a coordinator, sees it on the board as pending, and the
          // composer is ready for the next one.
          await guestBoard
            .locator('[data-testid="composer-message"]')
            .filter({ hasText: /\S/ })
            .waitFor({ timeout: LIVE_TIMEOUT_MS });
          t.diagnostic(
            `composer message after a strict post: “${oneLine(await guestBoard.locator('[data-testid="composer-message"]').innerText())}”`,
          );
          await expectCount(guestBoard, T.contribution, first, 1, 'guest board, own pending contribution');
          const own = withText(guestBoard, T.contribution, first);
          assert.equal(await own.getAttribute('data-status'), 'PENDING');
          await own.locator('[data-testid="pending-badge"]').waitFor();
          await emptied(guestBoard.locator('[data-testid="composer-body"]'), 'guest composer after posting');

          // It reaches the coordinator's queue without a reload…
          await expectCount(console_, T.queueItem, first, 1, 'coordinator queue');
          assert.match(
            oneLine(await withText(console_, T.queueItem, first).innerText()),
            new RegExp(GUEST_NAME),
            'the queue item does not name its author',
          );
          // A name nobody checked is marked as a guest's.
          await withText(console_, T.queueItem, first).locator('[data-testid="guest-mark"]').waitFor();
          // …and nobody else sees it: not the wall, not another board, not a fresh page either.
          await expectAbsent(wall, T.wallItem, first, 'wall, pending contribution');
          await expectAbsent(anonymousBoard, T.contribution, first, 'anonymous board, pending contribution');
          for (const pagePath of [BOARD, WALL]) {
            const html = await (await anonymous.request.get(new URL(pagePath, BASE_URL).href)).text();
            assert.ok(
              !html.includes(`Besoin ${RUN}`),
              `the server-rendered ${pagePath} shows the pending contribution`,
            );
          }

          // The guest starts typing the next one, and keeps typing while the session goes on.
          await guestBoard.locator('[data-testid="composer-kind-IDEA"]').check();
          await guestBoard.locator('[data-testid="composer-body"]').pressSequentially(draft);
          await expectDraft(guestBoard, draft, 'guest composer before any live update');
        });

        await step('3. the coordinator approves it: it appears on the wall and on the boards', async () => {
          await withText(console_, T.queueItem, first).locator('[data-testid="approve-button"]').click();
          const approved = Date.now();
          await expectCount(console_, T.queueItem, first, 0, 'coordinator queue after approval');
          await expectCount(console_, T.publishedItem, first, 1, 'console, published contributions');

          await expectCount(wall, T.wallItem, first, 1, 'wall after approval');
          const onWall = Date.now() - approved;
          await withText(wall, T.wallItem, first).locator('[data-testid="guest-mark"]').waitFor();
          await expectCount(anonymousBoard, T.contribution, first, 1, 'anonymous board after approval');
          await withText(anonymousBoard, T.contribution, first).locator('[data-testid="guest-mark"]').waitFor();
          const own = withText(guestBoard, T.contribution, first);
          await expectCount(guestBoard, T.contribution, first, 1, 'guest board after approval');
          t.diagnostic(
            `approval seen on the wall within ${onWall} ms, on every board within ${Date.now() - approved} ms`,
          );
          const deadline = Date.now() + LIVE_TIMEOUT_MS;
          while ((await own.getAttribute('data-status')) !== 'PUBLISHED' && Date.now() < deadline) await delay(POLL_MS);
          assert.equal(await own.getAttribute('data-status'), 'PUBLISHED', 'guest board: still pending after approval');
          assert.equal(await own.locator('[data-testid="pending-badge"]').count(), 0);

          await expectDraft(guestBoard, draft, 'guest composer after the approval arrived');
        });

        await step('3b. no “me too” on your own contribution; each board offers what its viewer may do', async () => {
          // Only looking: the guest is typing in the composer, whose focus must stay.
          const own = withText(guestBoard, T.contribution, first);
          assert.equal(await own.locator('[data-testid="vote-button"]').count(), 0, 'the author may support their own');
          assert.equal(
            await own.locator('[data-testid="report-toggle"]').count(),
            0,
            'the author may report their own',
          );
          assert.equal(await own.locator('[data-testid="edit-toggle"]').count(), 1, 'the author cannot edit it');
          assert.equal(
            await own.locator('[data-testid="withdraw-toggle"]').count(),
            1,
            'the author cannot withdraw it',
          );
          const someoneElse = withText(guestBoard, T.contribution, 'vélo électrique');
          for (const control of ['vote-button', 'reply-toggle', 'report-toggle']) {
            assert.equal(
              await someoneElse.locator(`[data-testid="${control}"]`).count(),
              1,
              `no ${control} for the guest`,
            );
          }
          for (const control of ['edit-toggle', 'withdraw-toggle']) {
            assert.equal(await someoneElse.locator(`[data-testid="${control}"]`).count(), 0, `${control} on another’s`);
          }
          // Someone who does not take part only reads.
          assert.equal(
            await anonymousBoard.locator('[data-testid="item-actions"], [data-testid="vote-button"]').count(),
            0,
          );
          await expectDraft(guestBoard, draft, 'guest composer after looking at the controls');
        });

        await step('4. the coordinator hides it with a reason: it disappears everywhere', async () => {
          const item = withText(console_, T.publishedItem, first);
          await item.locator('[data-testid="hide-toggle"]').click();
          await item.locator('[data-testid="hide-reason"]').fill(reason);
          await item.locator('[data-testid="hide-button"]').click();
          const hid = Date.now();
          await expectCount(console_, T.hiddenItem, first, 1, 'console, hidden contributions');
          const hiddenText = oneLine(await withText(console_, T.hiddenItem, first).innerText());
          assert.ok(hiddenText.includes(reason), `the hidden item does not show its reason: “${hiddenText}”`);

          await expectCount(wall, T.wallItem, first, 0, 'wall after hiding');
          await expectCount(guestBoard, T.contribution, first, 0, 'guest board after hiding');
          await expectCount(anonymousBoard, T.contribution, first, 0, 'anonymous board after hiding');
          t.diagnostic(`hiding seen on the wall and every board within ${Date.now() - hid} ms`);

          // The log says who hid what and why.
          const hidden = console_.locator('[data-testid="log-entry"][data-action="HIDE"]').filter({ hasText: reason });
          await hidden.first().waitFor({ timeout: LIVE_TIMEOUT_MS });

          await expectDraft(guestBoard, draft, 'guest composer after the hiding arrived');
          await axe(console_, 'coordinator console with a hidden contribution');
        });

        await step('4b. its author is told it was hidden, and why, instead of seeing it pending', async () => {
          const notice = guestBoard.locator('[data-testid="hidden-notice"]').filter({ hasText: `Besoin ${RUN}` });
          await notice.waitFor({ timeout: LIVE_TIMEOUT_MS });
          const text = oneLine(await notice.innerText());
          assert.ok(text.includes(reason), `the notice does not give the reason: “${text}”`);
          t.diagnostic(`notice to the author: “${text}”`);
          await expectAbsent(anonymousBoard, '[data-testid="hidden-notice"]', `Besoin ${RUN}`, 'anonymous board');
          await expectDraft(guestBoard, draft, 'guest composer after the notice arrived');
        });

        const missed = [1, 2, 3].map(
          (n) =>
            `Ressource ${RUN}-${n} : ${['un garage solidaire', 'des vélos prêtés', 'une auto-école sociale'][n - 1]}.`,
        );

        await step(
          '5. the guest’s socket is cut while three items are posted; back online, all three come once',
          async () => {
            // The coordinator switches to open moderation: what is posted is published at once.
            await console_.locator('[data-testid="mode-OPEN"]').click();
            await console_
              .locator('[data-testid="mode-OPEN"][aria-pressed="true"]')
              .waitFor({ timeout: LIVE_TIMEOUT_MS });
            // The guest's composer learns it live (its button and note change), the draft intact.
            await guestBoard
              .locator('[data-testid="composer-submit"]')
              .filter({ hasText: /publi/i })
              .waitFor({ timeout: LIVE_TIMEOUT_MS });
            await expectDraft(guestBoard, draft, 'guest composer after the mode change arrived');

            // The guest's phone loses its network: HTTP fails, and its websocket is severed.
            await guest.setOffline(true);
            await guestSockets.cut();
            const shown = await connectionState(guestBoard, 'reconnecting', 'guest board after the cut');
            assert.match(shown, /reconnex/i, `the guest board does not say it is reconnecting: “${shown}”`);

            // Meanwhile the coordinator posts three contributions from her own board.
            const coordinatorBoard = await session.page('coordinator board', coordinator);
            await visit(coordinatorBoard, BOARD, '[data-testid="composer"]');
            await connectionState(coordinatorBoard, 'live', 'coordinator board');
            for (const text of missed) {
              await coordinatorBoard.locator('[data-testid="composer-kind-RESOURCE"]').check();
              await coordinatorBoard.locator('[data-testid="composer-body"]').fill(text);
              await coordinatorBoard.locator('[data-testid="composer-submit"]').click();
              await expectCount(coordinatorBoard, T.contribution, text, 1, 'coordinator board, own post');
              assert.equal(
                await withText(coordinatorBoard, T.contribution, text).getAttribute('data-status'),
                'PUBLISHED',
              );
              await emptied(
                coordinatorBoard.locator('[data-testid="composer-body"]'),
                'coordinator composer after posting',
              );
            }
            for (const text of missed) await expectCount(wall, T.wallItem, text, 1, 'wall, posted during the cut');
            for (const text of missed) await expectCount(guestBoard, T.contribution, text, 0, 'guest board while cut');

            // The network comes back: the board reconnects by itself and catches up.
            guestSockets.restore();
            await guest.setOffline(false);
            await connectionState(guestBoard, ['caught-up', 'live'], 'guest board back online', RECONNECT_TIMEOUT_MS);
            for (const text of missed) {
              await expectCount(
                guestBoard,
                T.contribution,
                text,
                1,
                'guest board after reconnecting',
                RECONNECT_TIMEOUT_MS,
              );
            }
            await expectEachOnce(guestBoard, T.contribution, missed, 'guest board after reconnecting');
            t.diagnostic(
              `guest sockets: ${guestSockets.opened} opened, ${guestSockets.refused} refused while the network was down`,
            );
            assert.ok(guestSockets.opened >= 2, 'the guest board did not open a new socket');
            await expectCount(guestBoard, T.contribution, first, 0, 'guest board: the hidden one stays hidden');

            await expectDraft(guestBoard, draft, 'guest composer after reconnecting');
            // The caret is still at the end: typing goes on where it stopped.
            await guestBoard.keyboard.type(draftMore);
            assert.equal(await guestBoard.locator('[data-testid="composer-body"]').inputValue(), draft + draftMore);

            for (const page of [guestBoard, wall, anonymousBoard, console_]) await session.assertNoReload(page);
          },
        );

        await step(
          '6. the draft typed through all these updates is intact: the guest posts it, published at once',
          async () => {
            await guestBoard.locator('[data-testid="composer-submit"]').click();
            await expectCount(wall, T.wallItem, draft + draftMore, 1, 'wall, the guest’s open-mode post');
            await expectCount(guestBoard, T.contribution, draft + draftMore, 1, 'guest board, own open-mode post');
            assert.equal(await withText(guestBoard, T.contribution, draft).getAttribute('data-status'), 'PUBLISHED');
            await expectCount(console_, T.queueItem, draft, 0, 'nothing waits in the queue in open mode');
          },
        );

        const reply = `Réponse ${RUN} : le garage solidaire de Cenon prête aussi des scooters.`;
        const reported = 'vélo électrique';
        const edited = `Idée ${RUN} modifiée : un minibus partagé, aussi le soir`;
        const merged = `${edited} et le dimanche`;
        const withdrawn = `Retrait ${RUN} : finalement, cette idée existe déjà.`;
        /** A second guest, who supports contributions and fills the wall from the API. */
        let other;

        await step(
          '6b. from the board the guest replies, reports, edits and withdraws; replies show under their contribution everywhere',
          async () => {
            other = await session.context();
            await joinAsGuest(other, `Second invité ${RUN}`);

            // A reply typed while the room moves on: the contribution it answers gets a "me too"
            // meanwhile, which would move it up the list; the text and the caret stay.
            const parent = withText(guestBoard, T.contribution, missed[0]);
            await parent.locator('[data-testid="reply-toggle"]').click();
            const replyBox = parent.locator('[data-testid="reply-body"]');
            await replyBox.click();
            await replyBox.pressSequentially(reply.slice(0, 30));
            const parentId = await parent.getAttribute('data-id');
            await graphql(other, 'mutation ($id: ID!) { voteContribution(id: $id) { userErrors { message } } }', {
              id: parentId,
            });
            await until(
              async () => (await textOf(parent.locator('[data-testid="vote-count"]'))) === '1',
              'the guest board should show the new “me too”',
            );
            assert.equal(await replyBox.inputValue(), reply.slice(0, 30), 'the reply being typed changed');
            assert.ok(await replyBox.evaluate((el) => el === document.activeElement), 'the reply box lost the focus');
            await replyBox.pressSequentially(reply.slice(30));
            await parent.locator('[data-testid="reply-submit"]').click();
            const underIt = (page, selector, text) =>
              withText(page, selector, missed[0]).locator('[data-testid="reply"], [data-testid="wall-reply"]').filter({
                hasText: text,
              });
            await until(
              async () => (await underIt(guestBoard, T.contribution, reply).count()) === 1,
              'guest board, the reply',
            );
            await until(
              async () => (await underIt(anonymousBoard, T.contribution, reply).count()) === 1,
              'anonymous board, the reply under its contribution',
            );
            await until(async () => (await underIt(wall, T.wallItem, reply).count()) === 1, 'wall, the reply');
            // The console lists it under its contribution, with what coordinators may do to it.
            const inConsole = console_.locator('[data-testid="published-list"] li').filter({ hasText: missed[0] });
            await until(
              async () => (await inConsole.locator(T.publishedItem).filter({ hasText: reply }).count()) === 1,
              'console, the reply under its contribution',
            );
            // Nobody replies to a reply.
            assert.equal(
              await underIt(guestBoard, T.contribution, reply).locator('[data-testid="reply-toggle"]').count(),
              0,
            );
            await axe(guestBoard, 'live board with a reply (guest, phone)');

            // A report reaches the coordinators; the guest cannot report it twice.
            const doubtful = withText(guestBoard, T.contribution, reported);
            await doubtful.locator('[data-testid="report-toggle"]').click();
            await doubtful.locator('[data-testid="report-reason"]').fill(`Hors sujet (${RUN})`);
            await doubtful.locator('[data-testid="report-submit"]').click();
            await doubtful.locator('[data-testid="reported"]').waitFor({ timeout: LIVE_TIMEOUT_MS });
            assert.equal(
              await doubtful.locator('[data-testid="report-toggle"]').count(),
              0,
              'it can be reported again',
            );
            await until(
              async () => /signalement/.test(await textOf(withText(console_, T.publishedItem, reported))),
              'the console should show the report',
            );

            // The guest corrects their own contribution: everyone sees the new text.
            const mine = withText(guestBoard, T.contribution, draft + draftMore);
            await mine.locator('[data-testid="edit-toggle"]').click();
            await mine.locator('[data-testid="edit-body"]').fill(edited);
            await mine.locator('[data-testid="edit-submit"]').click();
            await expectCount(wall, T.wallItem, edited, 1, 'wall, the edited text');
            await expectCount(anonymousBoard, T.contribution, edited, 1, 'anonymous board, the edited text');
            await expectCount(guestBoard, T.contribution, edited, 1, 'guest board, the edited text');

            // Changed while the guest edits it again (a coordinator pins it, then unpins it): the
            // edit saves nothing, says why by the field, keeps what was typed and shows the text now
            // saved; sent again, it is checked against that one, and saved.
            const again = withText(guestBoard, T.contribution, edited);
            await again.locator('[data-testid="edit-toggle"]').click();
            const editBox = again.locator('[data-testid="edit-body"]');
            await editBox.fill(merged);
            const pin = withText(console_, T.publishedItem, edited).locator('[data-testid="pin-button"]');
            for (const label of ['Désépingler', 'Épingler']) {
              await pin.click();
              await until(async () => (await textOf(pin)) === label, `the pin button should say “${label}”`);
            }
            await again.locator('[data-testid="edit-submit"]').click();
            const current = again.locator('[data-testid="edit-current"]');
            await current.waitFor({ timeout: LIVE_TIMEOUT_MS });
            assert.equal(await current.filter({ hasText: edited }).count(), 1, 'the text now saved is not shown');
            assert.equal(await editBox.inputValue(), merged, 'what the guest typed was lost');
            const describedBy = ((await editBox.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
            const said = await Promise.all(describedBy.map((id) => textOf(guestBoard.locator(`[id="${id}"]`))));
            assert.match(said.join(' '), /a changé pendant que vous la modifiiez/, 'the API’s message, by the field');
            assert.equal(await withText(anonymousBoard, T.contribution, merged).count(), 0, 'the stale edit was saved');
            await again.locator('[data-testid="edit-submit"]').click();
            await expectCount(anonymousBoard, T.contribution, merged, 1, 'anonymous board, the merged text');
            await expectCount(guestBoard, T.contribution, merged, 1, 'guest board, the merged text');

            // …and takes back another one: it leaves every page.
            await guestBoard.locator('[data-testid="composer-kind-IDEA"]').check();
            await guestBoard.locator('[data-testid="composer-body"]').fill(withdrawn);
            await guestBoard.locator('[data-testid="composer-submit"]').click();
            await expectCount(anonymousBoard, T.contribution, withdrawn, 1, 'anonymous board, before the withdrawal');
            const taken = withText(guestBoard, T.contribution, withdrawn);
            await taken.locator('[data-testid="withdraw-toggle"]').click();
            await taken.locator('[data-testid="withdraw-submit"]').click();
            await expectCount(guestBoard, T.contribution, withdrawn, 0, 'guest board, withdrawn');
            await expectCount(anonymousBoard, T.contribution, withdrawn, 0, 'anonymous board, withdrawn');
            await expectCount(wall, T.wallItem, withdrawn, 0, 'wall, withdrawn');
            for (const page of [guestBoard, wall, anonymousBoard, console_]) await session.assertNoReload(page);
          },
        );

        await step(
          '6c. pinned: the console’s button says “Désépingler”; pinned and addressed show on the boards and the wall',
          async () => {
            const item = withText(console_, T.publishedItem, missed[1]);
            await item.locator('[data-testid="pin-button"]').click();
            await until(
              async () => (await textOf(item.locator('[data-testid="pin-button"]'))) === 'Désépingler',
              'the pin button of a pinned contribution should say “Désépingler”',
            );
            await item.locator('[data-testid="address-button"]').click();
            for (const [page, selector] of [
              [anonymousBoard, T.contribution],
              [guestBoard, T.contribution],
            ]) {
              const shown = withText(page, selector, missed[1]);
              await shown.locator('[data-testid="pinned-badge"]').waitFor({ timeout: LIVE_TIMEOUT_MS });
              await shown.locator('[data-testid="addressed-badge"]').waitFor({ timeout: LIVE_TIMEOUT_MS });
            }
            await until(
              async () => (await withText(wall, T.wallItem, missed[1]).getAttribute('data-pinned')) === 'true',
              'the wall should show it pinned',
            );
            // Pinned first on the board.
            assert.ok(oneLine(await anonymousBoard.locator(T.contribution).first().innerText()).includes(missed[1]));
          },
        );

        await step('6d. paused: the board and the wall say so, and no longer “question en cours”', async () => {
          await console_.locator('[data-testid="status-pause"]').click();
          const stage = guestBoard.locator('[data-testid="active-prompt"][data-status="PAUSED"]');
          await stage.waitFor({ timeout: LIVE_TIMEOUT_MS });
          const boardSays = oneLine(await stage.innerText());
          assert.match(boardSays, /pause/i, `the board does not say it is paused: “${boardSays}”`);
          assert.doesNotMatch(boardSays, /question en cours/i);
          const wallStage = wall.locator('[data-testid="wall-stage"][data-status="PAUSED"]');
          await wallStage.waitFor({ timeout: LIVE_TIMEOUT_MS });
          const wallSays = oneLine(await wallStage.innerText());
          assert.match(wallSays, /pause/i, `the wall does not say it is paused: “${wallSays}”`);
          assert.doesNotMatch(wallSays, /question en cours/i);
          t.diagnostic(`paused: board “${boardSays}”, wall “${wallSays}”`);
          // What the board offers comes from the API, read again once the pause is announced.
          await until(
            () => guestBoard.locator('[data-testid="composer-submit"]').isDisabled(),
            'posting is still offered while paused',
          );
          await axe(wall, 'paused wall');
          // A board opened during the pause offers "me too" once the session resumes.
          const pausedBoard = await session.page('second guest’s board, opened while paused', other);
          await visit(pausedBoard, BOARD, '[data-testid="live-board"]');
          await connectionState(pausedBoard, 'live', 'board opened while paused');
          assert.equal(await pausedBoard.locator('[data-testid="vote-button"]').count(), 0, '“me too” while paused');

          await console_.locator('[data-testid="status-open"]').click();
          await guestBoard
            .locator('[data-testid="active-prompt"][data-status="LIVE"]')
            .waitFor({ timeout: LIVE_TIMEOUT_MS });
          assert.match(await textOf(wall.locator('[data-testid="wall-stage"]')), /question en cours/i);
          await withText(pausedBoard, T.contribution, reported)
            .locator('[data-testid="vote-button"]')
            .waitFor({ timeout: LIVE_TIMEOUT_MS });
          await pausedBoard.close();
        });

        await step(
          '6e. on a phone the board lists contributions before the composer, and the console starts with the session',
          async () => {
            const top = async (locator) => (await locator.boundingBox())?.y ?? Infinity;
            assert.ok(
              (await top(guestBoard.locator('[data-testid="contributions"]'))) <
                (await top(guestBoard.locator('[data-testid="composer"]'))),
              'on a phone the composer comes before the contributions',
            );
            const phoneConsole = await session.page('coordinator console on a phone', coordinator);
            await phoneConsole.setViewportSize(PHONE.viewport);
            await visit(phoneConsole, CONSOLE, '[data-testid="session-controls"]');
            assert.ok(
              (await top(phoneConsole.locator('[data-testid="session-controls"]'))) <
                (await top(phoneConsole.locator('[data-testid="moderation-queue"]'))),
              'on a phone the session controls come after the queue',
            );
            await axe(phoneConsole, 'coordinator console (phone)');
            await phoneConsole.close();
          },
        );

        await step(
          '6f. the wall fits a 1920×1080 projector without scrolling, and turns its pages by itself',
          async () => {
            const filler = [1, 2, 3, 4, 5, 6, 7, 8].map(
              (n) =>
                `Mur ${RUN}-${n} : une contribution assez longue pour remplir le mur, sur les horaires, les trajets et les aides au permis.`,
            );
            const { workshop } = await graphql(other, 'query ($slug: String!) { workshop(slug: $slug) { id } }', {
              slug: SLUG,
            });
            for (const body of filler) await postVia(other, { workshopId: workshop.id, kind: 'IDEA', body });
            for (const body of filler) await expectCount(wall, T.wallItem, body, 1, 'wall, the filler');

            const size = await wall.evaluate(async () => {
              // Items glide to their place when the page turns (a transform, for 400 ms): where they
              // stand is measured once they have arrived.
              const moving = [...document.querySelectorAll('[data-testid="wall-items"] > li')].flatMap((li) =>
                li.getAnimations(),
              );
              await Promise.all(moving.map((animation) => animation.finished.catch(() => undefined)));
              return {
                height: document.documentElement.scrollHeight,
                width: document.documentElement.scrollWidth,
                viewportHeight: innerHeight,
                viewportWidth: innerWidth,
                // What is shown of the list lies within the screen.
                lowest: Math.max(
                  ...[...document.querySelectorAll('[data-testid="wall-item"]')]
                    .filter((el) => el.checkVisibility({ visibilityProperty: true }))
                    .map((el) => el.getBoundingClientRect().bottom),
                ),
              };
            });
            t.diagnostic(`wall at 1920×1080: ${JSON.stringify(size)}`);
            assert.ok(size.height <= size.viewportHeight, `the wall scrolls: ${size.height} px high`);
            assert.ok(size.width <= size.viewportWidth, `the wall scrolls sideways: ${size.width} px wide`);
            assert.ok(size.lowest <= size.viewportHeight, `a contribution is cut at the bottom (${size.lowest} px)`);

            const pager = wall.locator('[data-testid="wall-page"]');
            await pager.waitFor({ timeout: LIVE_TIMEOUT_MS });
            const before = await pager.getAttribute('data-start');
            const turned = await until(
              async () => {
                const now = await pager.getAttribute('data-start');
                return now !== before && now;
              },
              'the wall should turn to its next page by itself',
              20_000,
            );
            t.diagnostic(`wall pages: “${oneLine(await pager.innerText())}” (first item ${before} → ${turned})`);
            await axe(wall, 'wall with pages');
            await session.assertNoReload(wall);
          },
        );

        await step('8. the coordinator closes the workshop: the board says so and posting is refused', async () => {
          // A second tab of the guest whose socket is down when the workshop closes: it still
          // shows the composer, and must be told why its post is refused.
          const staleBoard = await session.page('guest board, second tab', guest);
          const staleSockets = await controlSockets(staleBoard);
          await visit(staleBoard, BOARD, '[data-testid="composer"]');
          await connectionState(staleBoard, 'live', 'second tab');
          await staleSockets.cut();
          await connectionState(staleBoard, 'reconnecting', 'second tab after the cut');

          await console_.locator('[data-testid="status-close-toggle"]').click();
          await console_.locator('[data-testid="status-close"]').click();
          await console_
            .locator('[data-testid="session-controls"]')
            .filter({ hasText: /Terminé/ })
            .waitFor({ timeout: LIVE_TIMEOUT_MS });

          // The guest's board shows it closed, live; its composer stays, disabled, with what was typed.
          const unsent = `Brouillon ${RUN} en cours de frappe à la clôture`;
          await guestBoard.locator('[data-testid="composer-body"]').fill(unsent);
          const closed = guestBoard.locator('[data-testid="board-closed"]');
          await closed.waitFor({ timeout: LIVE_TIMEOUT_MS });
          const closedText = oneLine(await closed.innerText());
          t.diagnostic(`guest board once closed: “${closedText}”`);
          assert.match(closedText, SAYS_CLOSED_FR, `the board does not say the workshop is over: “${closedText}”`);
          assert.equal(
            await guestBoard.locator('[data-testid="composer-body"]').inputValue(),
            unsent,
            'the draft was lost',
          );
          await until(
            () => guestBoard.locator('[data-testid="composer-submit"]').isDisabled(),
            'posting is still offered once closed',
          );
          await wall.locator('[data-testid="wall-closed"]').waitFor({ timeout: LIVE_TIMEOUT_MS });
          await anonymousBoard.locator('[data-testid="board-closed"]').waitFor({ timeout: LIVE_TIMEOUT_MS });
          await axe(guestBoard, 'closed live board (guest, phone)');
          await axe(wall, 'closed wall');
          for (const page of [guestBoard, wall, anonymousBoard]) await session.assertNoReload(page);

          // The tab that missed it posts anyway: refused, with a message that says why, and the
          // text is kept.
          const late = `Question ${RUN} envoyée après la clôture`;
          await staleBoard.locator('[data-testid="composer-body"]').fill(late);
          await staleBoard.locator('[data-testid="composer-submit"]').click();
          const refusal = staleBoard.locator('[data-testid="composer-errors"]').filter({ hasText: /\S/ });
          await refusal.waitFor({ timeout: LIVE_TIMEOUT_MS });
          const refusalText = oneLine(await refusal.innerText());
          t.diagnostic(`refusal shown to a post after closing: “${refusalText}”`);
          await axe(staleBoard, 'live board with a refused post (guest, phone)');
          assert.equal(await staleBoard.locator('[data-testid="composer-body"]').inputValue(), late);

          // The API refuses it the same way, naming the problem, and stores nothing.
          const { workshop } = await graphql(guest, 'query ($slug: String!) { workshop(slug: $slug) { id status } }', {
            slug: SLUG,
          });
          assert.equal(workshop.status, 'CLOSED');
          const { postContribution } = await graphql(
            guest,
            `
              mutation ($input: PostContributionInput!) {
                postContribution(input: $input) {
                  contribution {
                    id
                  }
                  userErrors {
                    field
                    message
                  }
                }
              }
            `,
            { input: { workshopId: workshop.id, kind: 'QUESTION', body: late } },
          );
          assert.equal(postContribution.contribution, null);
          assert.deepEqual(
            postContribution.userErrors.map((e) => e.field),
            ['workshopId'],
            'the refusal should name the workshop',
          );
          assert.match(postContribution.userErrors[0].message, new RegExp(`${SAYS_CLOSED_FR.source}|closed`, 'i'));
          await expectCount(wall, T.wallItem, late, 0, 'wall, refused post');

          // Its socket back, the second tab catches up and shows the workshop closed too.
          staleSockets.restore();
          await staleBoard.locator('[data-testid="board-closed"]').waitFor({ timeout: RECONNECT_TIMEOUT_MS });
          await until(
            () => staleBoard.locator('[data-testid="composer-submit"]').isDisabled(),
            'the tab that caught up still offers posting',
          );
          assert.equal(await staleBoard.locator('[data-testid="composer-body"]').inputValue(), late);

          // Last, as it does not stop the checks above: the page is in French, so is the refusal.
          assert.match(
            refusalText,
            SAYS_CLOSED_FR,
            `the refusal shown on the French board is not in French, or does not say the workshop is closed: “${refusalText}”`,
          );
        });

        await step(
          '9. once closed: the board and the wall say so, without “question en cours”; badges stay',
          async () => {
            for (const [page, selector] of [
              [guestBoard, '[data-testid="active-prompt"][data-status="CLOSED"]'],
              [wall, '[data-testid="wall-stage"][data-status="CLOSED"]'],
            ]) {
              const says = oneLine(await page.locator(selector).innerText());
              assert.match(says, SAYS_CLOSED_FR, `it does not say the workshop is over: “${says}”`);
              assert.doesNotMatch(says, /question en cours/i);
            }
            const live = withText(anonymousBoard, T.contribution, missed[1]);
            assert.equal(
              await live.locator('[data-testid="pinned-badge"]').count(),
              1,
              'the board lost the pinned badge',
            );
            assert.equal(
              await live.locator('[data-testid="addressed-badge"]').count(),
              1,
              'the board lost the addressed one',
            );
            // What the room was told stays on the workshop's own page, where the board sends people.
            const record = await session.page('workshop page, after the session', anonymous);
            await visit(record, `/workshops/${SLUG}`, '[data-testid="workshop-contribution"]');
            const kept = record.locator('[data-testid="workshop-contribution"]').filter({ hasText: missed[1] });
            assert.equal(
              await kept.locator('[data-testid="pinned-badge"]').count(),
              1,
              'the workshop page: no pinned badge',
            );
            assert.equal(
              await kept.locator('[data-testid="addressed-badge"]').count(),
              1,
              'the workshop page: no addressed badge',
            );
            await axe(record, 'workshop page after the session');
            await record.close();
          },
        );

        await step(
          '10. the coordinator reopens the closed session: logged, with a new code; the board takes part again',
          async () => {
            const note = oneLine(await console_.locator('[data-testid="reopen-note"]').innerText());
            t.diagnostic(`console once closed: “${note}”`);
            await console_.locator('[data-testid="status-reopen"]').click();
            await console_
              .locator('[data-testid="session-controls"]')
              .filter({ hasText: /En direct/ })
              .waitFor({ timeout: LIVE_TIMEOUT_MS });
            const code = await until(async () => {
              const shown = await textOf(console_.locator('[data-testid="console-join-code"]'));
              return /^[A-Z0-9]{6}$/.test(shown) && shown;
            }, 'the console should show the new join code');
            assert.notEqual(code, JOIN_CODE, 'the code of the closed session came back');
            await console_.locator('[data-testid="log-reopened"]').first().waitFor({ timeout: LIVE_TIMEOUT_MS });

            await guestBoard
              .locator('[data-testid="active-prompt"][data-status="LIVE"]')
              .waitFor({ timeout: LIVE_TIMEOUT_MS });
            assert.equal(
              await guestBoard.locator('[data-testid="board-closed"]').count(),
              0,
              'the board still says closed',
            );
            await until(
              async () => !(await guestBoard.locator('[data-testid="composer-submit"]').isDisabled()),
              'posting is still refused once reopened',
            );
            await until(
              async () => (await textOf(wall.locator('[data-testid="wall-join-code"]'))) === code,
              'the wall should show the new code',
            );
            await axe(console_, 'coordinator console after reopening');
          },
        );

        current = 'no page threw an uncaught exception';
        const errors = session.pages.flatMap((entry) => entry.errors);
        assert.deepEqual(errors, [], `Uncaught exceptions in the pages:\n${errors.join('\n')}`);
        // Step 7: axe ran on the join page, the board, the console and the wall as the flow reached them.
        current = '7. no WCAG 2.1 A/AA violation (axe-core) on the join page, the board, the console and the wall';
        assert.deepEqual(axeReports, [], axeReports.join('\n\n'));
      } catch (error) {
        await session.screenshots(`live ${current}`);
        const uncaught = await session.saveLogs(`live ${current}`);
        if (error instanceof Error) {
          error.message = `${current}: ${error.message}`;
          if (uncaught.length > 0) error.message += `\n\nUncaught exceptions in the pages:\n${uncaught.join('\n')}`;
          if (axeReports.length > 0)
            error.message += `\n\nAccessibility, checked before the failure:\n${axeReports.join('\n\n')}`;
        }
        throw error;
      } finally {
        await session.close();
      }
    },
  );
});
