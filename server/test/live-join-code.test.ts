import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, ok, openLive, post, unique, type Live } from './support-live.js';
import { WORKSHOP_EVENTS, collect, connect, stored } from './support-ws.js';

/** The join code opens the room: only those who run it read it. Guests are shown as guests. */
let live: Live;

beforeAll(async () => {
  live = await openLive({ server: true });
});
afterAll(async () => {
  await live?.close();
});

const graphql = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
  const response = await fetch(live.server!.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };
};

describe('the join code', () => {
  it('is read by the workshop’s coordinators and admins only', async () => {
    for (const role of ROLES) {
      const result = await live.api.run(
        `query($slug: String!) { workshop(slug: $slug) { joinCode } }`,
        { slug: live.slug },
        live.viewers[role],
      );
      const code = result.data?.workshop?.joinCode as string | null;
      if (role === 'coordinator' || role === 'admin') expect(code, role).toMatch(/^[A-Z0-9]{6}$/);
      else expect(code, role).toBeNull();
    }
  });

  it('travels in live events to coordinators only', async () => {
    const cookie = await live.server!.cookieFor(live.viewers.coordinator);
    const anonymous = collect(connect(live.server!.wsUrl), WORKSHOP_EVENTS, { workshopId: live.workshopId });
    const staff = collect(connect(live.server!.wsUrl, cookie), WORKSHOP_EVENTS, { workshopId: live.workshopId });
    await anonymous.until((s) => s.events.length > 0, 'the public stream');
    await staff.until((s) => s.events.length > 0, 'the coordinator’s stream');
    const MODE = `mutation($w: ID!, $m: ModerationMode!) { setModerationMode(workshopId: $w, mode: $m) { userErrors { message } } }`;
    await ok(live.api.run(MODE, { w: live.workshopId, m: 'STRICT' }, live.viewers.coordinator), 'setModerationMode');
    await ok(live.api.run(MODE, { w: live.workshopId, m: 'OPEN' }, live.viewers.coordinator), 'setModerationMode');
    await anonymous.until((s) => stored(s.events).length >= 2, 'the mode changes (public)');
    await staff.until((s) => stored(s.events).length >= 2, 'the mode changes (coordinator)');
    for (const event of stored(anonymous.events)) expect(event.workshop.joinCode).toBeNull();
    for (const event of stored(staff.events)) expect(event.workshop.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    anonymous.stop();
    staff.stop();
  });

  it('look-ups by code are limited per client, whatever X-Forwarded-For says', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 35; i++) {
      const result = await graphql(
        `
          query ($c: String!) {
            workshopByCode(code: $c) {
              id
            }
          }
        `,
        { c: 'ZZZZ99' },
        { 'x-forwarded-for': `198.51.100.${i}` },
      );
      codes.push(result.errors?.[0]?.extensions?.code);
    }
    expect(codes.slice(0, 30).every((c) => c === undefined)).toBe(true);
    expect(codes.slice(30).every((c) => c === 'RATE_LIMITED')).toBe(true);
  });

  it('joining is limited per client, whatever X-Forwarded-For says', async () => {
    const refused: boolean[] = [];
    for (let i = 0; i < 35; i++) {
      const result = await graphql(
        `
          mutation ($c: String!, $n: String!) {
            joinWorkshop(code: $c, displayName: $n) {
              userErrors {
                message
              }
            }
          }
        `,
        { c: 'ZZZZ99', n: 'Quelqu’un' },
        { 'x-forwarded-for': `203.0.113.${i}`, 'x-quartierlab-client-address': `203.0.113.${i}` },
      );
      refused.push(result.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    }
    expect(refused.filter(Boolean).length).toBeGreaterThanOrEqual(5);
  });
});

describe('guests', () => {
  it('are marked as guests wherever their name shows, live events included', async () => {
    const stream = collect(
      connect(live.server!.wsUrl),
      WORKSHOP_EVENTS.replace('contribution {', 'contribution { authorIsGuest authorName'),
      {
        workshopId: live.workshopId,
      },
    );
    await stream.until((s) => s.events.length > 0, 'the stream');
    const byGuest = await post(live, live.viewers.guest, unique('par une invitée'));
    const byPerson = await post(live, live.viewers.resident, unique('par une habitante'));
    const read = await live.api.run(
      `query($slug: String!) { workshop(slug: $slug) { contributions(first: 500) { id authorIsGuest } } }`,
      { slug: live.slug },
    );
    const all = read.data!.workshop.contributions as { id: string; authorIsGuest: boolean }[];
    expect(all.find((c) => c.id === byGuest.id)?.authorIsGuest).toBe(true);
    expect(all.find((c) => c.id === byPerson.id)?.authorIsGuest).toBe(false);
    await stream.until((s) => stored(s.events).length >= 2, 'both posts');
    const seen = stored(stream.events).map((e) => [e.contribution.id, e.contribution.authorIsGuest]);
    expect(seen).toEqual(
      expect.arrayContaining([
        [byGuest.id, true],
        [byPerson.id, false],
      ]),
    );
    stream.stop();
  });
});
