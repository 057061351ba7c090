import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, openLive, rawId, type Live } from './support-live.js';

/**
 * Reopening a closed session: its coordinators may, for a day after it closed; it goes live
 * with a new join code and the log says so. Later, or from another state, it is a user error.
 */
let live: Live;
beforeAll(async () => {
  live = await openLive();
});
afterAll(async () => {
  await live?.close();
});

const knex = () => live.orm.em.getKnex();
const workshopFields = `workshop { id status joinCode viewerCanReopen } userErrors { code field message }`;
const CLOSE = `mutation($w: ID!) { closeWorkshop(workshopId: $w) { ${workshopFields} } }`;
const REOPEN = `mutation($w: ID!) { reopenWorkshop(workshopId: $w) { ${workshopFields} } }`;
const CAN_REOPEN = `query($slug: String!) { workshop(slug: $slug) { status viewerCanReopen } }`;

const reopen = () => live.api.run(REOPEN, { w: live.workshopId }, live.viewers.coordinator);

describe('reopenWorkshop', () => {
  it('reopens a session closed a moment ago, with a new code, and logs it', async () => {
    const closed = await ok(live.api.run(CLOSE, { w: live.workshopId }, live.viewers.coordinator), 'closeWorkshop');
    expect(closed.workshop).toMatchObject({ status: 'CLOSED', joinCode: null, viewerCanReopen: true });
    // Only those who run it are told they may.
    const asGuest = await live.api.run(CAN_REOPEN, { slug: live.slug }, live.viewers.guest);
    expect(asGuest.data!.workshop).toEqual({ status: 'CLOSED', viewerCanReopen: false });

    const payload = await ok(reopen(), 'reopenWorkshop');
    expect(payload.workshop.status).toBe('LIVE');
    expect(payload.workshop.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(payload.workshop.viewerCanReopen).toBe(false);
    const logged = await knex()('moderation_action')
      .where({ workshop_id: rawId(live.workshopId), action: 'OPEN' })
      .orderBy('created_at', 'desc')
      .first();
    expect(logged.reason).toBe('CLOSED');
  });

  it('refuses, as a user error naming the workshop, a session that is not closed', async () => {
    const result = await reopen();
    expect(result.errors).toBeUndefined();
    expect(result.data!.reopenWorkshop.workshop).toBeNull();
    expect(result.data!.reopenWorkshop.userErrors).toMatchObject([{ code: 'TRANSITION_REFUSED', field: 'workshopId' }]);
  });

  it('refuses a session closed more than a day ago, and says so before anyone tries', async () => {
    await ok(live.api.run(CLOSE, { w: live.workshopId }, live.viewers.coordinator), 'closeWorkshop');
    await knex()('moderation_action')
      .where({ workshop_id: rawId(live.workshopId), action: 'CLOSE' })
      .update({ created_at: knex().raw(`now() - interval '25 hours'`) });
    const seen = await live.api.run(CAN_REOPEN, { slug: live.slug }, live.viewers.coordinator);
    expect(seen.data!.workshop).toEqual({ status: 'CLOSED', viewerCanReopen: false });

    const result = await live.api.run(REOPEN, { w: live.workshopId }, live.viewers.coordinator, { locale: 'fr' });
    expect(result.errors).toBeUndefined();
    const [error] = result.data!.reopenWorkshop.userErrors;
    expect(error).toMatchObject({ code: 'REOPEN_TOO_LATE', field: 'workshopId' });
    expect(error.message).toMatch(/24\sheures/);
    const row = await knex()('workshop')
      .where({ id: rawId(live.workshopId) })
      .first();
    expect(row.status).toBe('CLOSED');
  });
});
