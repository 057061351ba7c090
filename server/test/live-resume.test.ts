import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { guestViewer } from '../src/test-support/viewers.js';
import { limits } from '../src/shared/limits.js';
import { act, openLive, post, rawId, sleep, unique, type Live } from './support-live.js';
import { QUEUE_EVENTS, WORKSHOP_EVENTS, codeOf, collect, connect, stored } from './support-ws.js';

/**
 * Subscriptions over a real websocket: numbered events, resuming after the last number seen
 * (replay of exactly what was missed, then live, no duplicates), isolation between workshops, and
 * the socket's limits (subscriptions per socket, message size, Origin on upgrade, session).
 */

let live: Live;
let wsUrl: string;
let cookie: Record<'coordinator' | 'resident' | 'guest', string>;

beforeAll(async () => {
  live = await openLive({ mode: 'OPEN', server: true });
  wsUrl = live.server!.wsUrl;
  cookie = {
    coordinator: await live.server!.cookieFor(live.viewers.coordinator),
    resident: await live.server!.cookieFor(live.viewers.resident),
    guest: await live.server!.cookieFor(live.viewers.guest),
  };
});
afterAll(async () => {
  await live?.close();
});

const knex = () => live.orm.em.getKnex();
const author = () => guestViewer(live.orm, live.slug, unique('Participant'));
const lastSeq = async (workshopId = live.workshopId) =>
  (
    (await knex()('stream')
      .where({ kind: 'workshop', key: rawId(workshopId) })
      .first()) as { last_seq: number }
  ).last_seq;
const storedSeqs = async (after: number, workshopId = live.workshopId) =>
  (
    (await knex()('stream_event')
      .where({ stream_kind: 'workshop', stream_key: rawId(workshopId) })
      .where('seq', '>', after)
      .orderBy('seq')
      .select('seq')) as { seq: number }[]
  ).map((r) => r.seq);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('numbered events', () => {
  it('carry increasing numbers, one per stored event, and Workshop.lastSeq tells where the stream stands', async () => {
    const client = connect(wsUrl, cookie.coordinator);
    try {
      const sub = collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId });
      await sub.until((s) => s.events.length > 0, 'the first PRESENCE event');
      const start = await lastSeq();
      expect(sub.events[0].type).toBe('PRESENCE');
      expect(sub.events[0].seq).toBe(start);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await post(live, await author(), unique(`Numéro ${i}`))).id);
      await sub.until((s) => stored(s.events).length >= 5, 'five events');
      const seqs = stored(sub.events).map((e) => e.seq);
      expect(seqs).toEqual(range(start + 1, start + 5));
      expect(stored(sub.events).map((e) => e.contributionId)).toEqual(ids);
      const { data } = await live.api.run(`query($slug: String!) { workshop(slug: $slug) { lastSeq } }`, {
        slug: live.slug,
      });
      expect(data!.workshop.lastSeq).toBe(start + 5);
    } finally {
      await client.dispose();
    }
  });
});

describe('resuming', () => {
  it('replays exactly the events missed while away, then follows live, each once', async () => {
    const first = connect(wsUrl, cookie.guest);
    const sub = collect(first, WORKSHOP_EVENTS, { workshopId: live.workshopId });
    await sub.until((s) => s.events.length > 0, 'subscribed');
    const before = await post(live, await author(), unique('Avant la coupure'));
    await sub.until((s) => s.events.some((e) => e.contributionId === before.id), 'the event before the cut');
    const seen = Math.max(...sub.events.map((e) => e.seq));
    await first.dispose();

    // While the phone is offline: three posts, a vote and a hide.
    const missed = [];
    for (let i = 0; i < 3; i++) missed.push((await post(live, await author(), unique(`Pendant ${i}`))).id);
    await act(live, live.viewers.resident, 'vote', { id: missed[0] });
    await act(live, live.viewers.coordinator, 'hide', { id: missed[1], reason: 'Hors sujet' });
    const storedWhileAway = await storedSeqs(seen);
    expect(storedWhileAway.length).toBe(5);

    const second = connect(wsUrl, cookie.guest);
    try {
      const again = collect(second, WORKSHOP_EVENTS, { workshopId: live.workshopId, afterSeq: seen });
      await again.until((s) => s.events.some((e) => e.type === 'PRESENCE'), 'the end of the replay');
      const replayed = stored(again.events);
      expect(replayed.map((e) => e.seq)).toEqual(storedWhileAway);
      expect(replayed.map((e) => e.type)).toEqual([
        'CONTRIBUTION_POSTED',
        'CONTRIBUTION_POSTED',
        'CONTRIBUTION_POSTED',
        'CONTRIBUTION_VOTED',
        'CONTRIBUTION_REMOVED',
      ]);
      expect(replayed.slice(0, 3).map((e) => e.contributionId)).toEqual(missed);
      // The PRESENCE event closing the replay repeats the last number.
      expect(again.events.find((e) => e.type === 'PRESENCE').seq).toBe(storedWhileAway.at(-1));
      const after = await post(live, await author(), unique('Après le retour'));
      await again.until((s) => s.events.some((e) => e.contributionId === after.id), 'the live event');
      const seqs = stored(again.events).map((e) => e.seq);
      expect(seqs).toEqual([...storedWhileAway, storedWhileAway.at(-1)! + 1]);
    } finally {
      await second.dispose();
    }
  });

  it('resuming while events keep coming loses none and repeats none', async () => {
    const pinned = await post(live, live.viewers.coordinator, unique('Épinglée'));
    const from = await lastSeq();
    // Events keep being written (pin/unpin by the coordinator) while the client resubscribes.
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing || n < 20) {
        await act(live, live.viewers.coordinator, n % 2 === 0 ? 'pin' : 'unpin', { id: pinned.id });
        n += 1;
        if (n >= 60) break;
      }
      return n;
    })();
    await sleep(100);
    const client = connect(wsUrl, cookie.coordinator);
    try {
      const sub = collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId, afterSeq: from });
      await sleep(200);
      writing = false;
      const written = await writer;
      const end = await lastSeq();
      expect(end - from).toBe(written);
      await sub.until((s) => stored(s.events).some((e) => e.seq === end), 'the last event', 15_000);
      expect(stored(sub.events).map((e) => e.seq)).toEqual(range(from + 1, end));
    } finally {
      writing = false;
      await client.dispose();
    }
  });

  it('a number ahead of the stream replays nothing; a negative one is refused', async () => {
    const client = connect(wsUrl, cookie.resident);
    try {
      const ahead = collect(client, WORKSHOP_EVENTS, {
        workshopId: live.workshopId,
        afterSeq: (await lastSeq()) + 1000,
      });
      await ahead.until((s) => s.events.length > 0, 'the PRESENCE event');
      expect(stored(ahead.events)).toEqual([]);
      const negative = collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId, afterSeq: -1 });
      await negative.until((s) => s.errors.length > 0 || s.completed, 'a refusal');
      expect(stored(negative.events)).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it('a subscriber of another workshop receives nothing of this one', async () => {
    const client = connect(wsUrl, cookie.coordinator);
    try {
      const other = collect(client, WORKSHOP_EVENTS, { workshopId: live.otherWorkshopId });
      const otherQueue = collect(client, QUEUE_EVENTS, { workshopId: live.otherWorkshopId });
      await other.until((s) => s.events.length > 0, 'subscribed');
      const here = [];
      for (let i = 0; i < 3; i++) here.push((await post(live, await author(), unique('Ici'))).id);
      await act(live, live.viewers.coordinator, 'pin', { id: here[0] });
      const there = await post(live, live.viewers.coordinator, unique('Là-bas'), {}, live.otherWorkshopId);
      await other.until((s) => s.events.some((e) => e.contributionId === there.id), 'the other workshop’s event');
      const received = stored(other.events).map((e) => e.contributionId);
      expect(received).toEqual([there.id]);
      await sleep(100);
      for (const event of otherQueue.events) expect(here).not.toContain(event.contributionId);
    } finally {
      await client.dispose();
    }
  });
});

describe('the socket’s limits', () => {
  it(`holds at most ${limits.maxSubscriptionsPerSocket} subscriptions per socket`, async () => {
    const client = connect(wsUrl, cookie.resident);
    try {
      const subs = Array.from({ length: limits.maxSubscriptionsPerSocket }, () =>
        collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId }),
      );
      for (const [i, sub] of subs.entries())
        await sub.until((s) => s.events.length > 0 || s.errors.length > 0, `subscription ${i + 1}`);
      const refusedWithin = subs.map((s, i) => (s.errors.length > 0 ? i + 1 : 0)).filter(Boolean);
      expect(
        refusedWithin,
        `subscriptions refused within the limit of ${limits.maxSubscriptionsPerSocket}: ${JSON.stringify(subs.flatMap((s) => s.errors))}`,
      ).toEqual([]);
      const extra = collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId });
      await extra.until((s) => s.errors.length > 0 || s.completed, 'the extra subscription to be refused');
      expect(extra.events).toEqual([]);
      expect(codeOf(extra.errors[0])).toBe('TOO_MANY_SUBSCRIPTIONS');
      // Completing one frees a place.
      subs[0]!.stop();
      await sleep(100);
      const again = collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId });
      await again.until((s) => s.events.length > 0 || s.errors.length > 0, 'a subscription in the freed place');
      expect(again.errors).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it('refuses a burst of subscriptions beyond the limit, sent before any is set up', async () => {
    const client = connect(wsUrl, cookie.resident);
    try {
      const subs = Array.from({ length: limits.maxSubscriptionsPerSocket + 5 }, () =>
        collect(client, WORKSHOP_EVENTS, { workshopId: live.workshopId }),
      );
      for (const sub of subs)
        await sub.until((s) => s.events.length > 0 || s.errors.length > 0 || s.completed, 'an answer');
      const accepted = subs.filter((s) => s.errors.length === 0 && s.events.length > 0).length;
      expect(accepted).toBeLessThanOrEqual(limits.maxSubscriptionsPerSocket);
    } finally {
      await client.dispose();
    }
  });

  /** A raw graphql-transport-ws socket, acknowledged. */
  const rawSocket = async (headers: Record<string, string> = {}) => {
    const ws = new WebSocket(wsUrl, 'graphql-transport-ws', { headers });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    ws.send(JSON.stringify({ type: 'connection_init' }));
    await new Promise<void>((resolve) => ws.once('message', () => resolve()));
    return ws;
  };

  it(`closes the socket on a message over ${limits.maxSocketMessageBytes} bytes`, async () => {
    const ws = await rawSocket({ cookie: cookie.resident });
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    const query = `subscription { workshopEvents(workshopId: "${live.workshopId}") { seq } } # ${'x'.repeat(limits.maxSocketMessageBytes)}`;
    ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
    expect(await closed).toBe(1009);
  });

  it('a message just under the cap is handled (the query limits then apply)', async () => {
    const ws = await rawSocket();
    try {
      const answer = new Promise<any>((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
      const query = `subscription { workshopEvents(workshopId: "${live.workshopId}") { seq } } # ${'x'.repeat(limits.maxSocketMessageBytes - 500)}`;
      ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
      const message = await answer;
      expect(ws.readyState).toBe(WebSocket.OPEN);
      expect(['next', 'error']).toContain(message.type);
    } finally {
      ws.close();
    }
  });

  it('applies the HTTP query limits to subscriptions (depth)', async () => {
    const client = connect(wsUrl);
    try {
      const deep = `subscription($w: ID!) { workshopEvents(workshopId: $w) { contribution { workshop { territory { workshops { contributions { workshop { territory { workshops { contributions { workshop { territory { name } } } } } } } } } } } } }`;
      const sub = collect(client, deep, { w: live.workshopId });
      await sub.until((s) => s.errors.length > 0 || s.completed, 'a refusal');
      expect(JSON.stringify(sub.errors)).toMatch(/depth limit of 12 exceeded/);
      expect(sub.events).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it('refuses an upgrade from another site’s page (cross-site websocket hijacking)', async () => {
    const opened = (origin: string) =>
      new Promise<number | 'open'>((resolve) => {
        const ws = new WebSocket(wsUrl, 'graphql-transport-ws', { headers: { origin, cookie: cookie.coordinator } });
        ws.on('open', () => {
          ws.close();
          resolve('open');
        });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('error', () => resolve(0));
      });
    expect(await opened('https://evil.example')).toBe(403);
    expect(await opened('null')).toBe(403);
    expect(await opened(new URL(wsUrl.replace('ws:', 'http:')).origin)).toBe('open');
  });

  it('reads the session at connection: a forged or revoked cookie is anonymous', async () => {
    for (const forged of ['ql_session=forged-token', '']) {
      const client = connect(wsUrl, forged);
      try {
        const queue = collect(client, QUEUE_EVENTS, { workshopId: live.workshopId });
        await queue.until((s) => s.errors.length > 0 || s.completed, 'a refusal');
        expect(codeOf(queue.errors[0])).toBe('UNAUTHENTICATED');
      } finally {
        await client.dispose();
      }
    }
    // Signed out: the same cookie no longer opens the coordinators' stream.
    const coordinatorCookie = await live.server!.cookieFor(live.viewers.coordinator);
    const signOut = await fetch(live.server!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: coordinatorCookie },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(((await signOut.json()) as any).data.signOut).toBe(true);
    const client = connect(wsUrl, coordinatorCookie);
    try {
      const queue = collect(client, QUEUE_EVENTS, { workshopId: live.workshopId });
      await queue.until((s) => s.errors.length > 0 || s.completed, 'a refusal');
      expect(codeOf(queue.errors[0])).toBe('UNAUTHENTICATED');
    } finally {
      await client.dispose();
    }
  });
});

describe('presence', () => {
  it('counts the people connected to the stream', async () => {
    const clients = [connect(wsUrl, cookie.resident), connect(wsUrl, cookie.guest), connect(wsUrl)];
    try {
      const subs = clients.map((c) => collect(c, WORKSHOP_EVENTS, { workshopId: live.workshopId }));
      for (const sub of subs) await sub.until((s) => s.events.length > 0, 'subscribed');
      // Presence is debounced: wait for the count to settle.
      await subs[0]!.until(
        (s) => s.events.some((e) => e.type === 'PRESENCE' && e.connectedCount >= 3),
        'a PRESENCE event counting three viewers',
        5000,
      );
      const { data } = await live.api.run(`query($slug: String!) { workshop(slug: $slug) { connectedCount } }`, {
        slug: live.slug,
      });
      expect(data!.workshop.connectedCount).toBeGreaterThanOrEqual(3);
    } finally {
      for (const c of clients) await c.dispose();
    }
  });
});
