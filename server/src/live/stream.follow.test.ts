import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from '@mikro-orm/postgresql';
import { openTestDatabase } from '../test-support/database.js';
import type { Database } from '../database.js';
import { LiveHub } from './live.hub.js';
import type { Viewer } from '../shared/viewer.js';
import { LocalBus, type LiveBus, type LiveMessage } from './live.bus.js';
import { presenceKeyOf } from './presence.js';
import { follow, maxBufferedSignals, type StreamItem } from './stream.follow.js';
import { StreamKinds, type EventFamily, type Shareable, type StoredEvent, type StreamId } from './stream.kinds.js';
import { append } from './stream.store.js';

/** A bus the test drives by hand: messages arrive exactly when and in the order the test says. */
class ManualBus implements LiveBus {
  private handler: ((message: LiveMessage) => void) | undefined;
  publish = () => Promise.resolve();
  onMessage(handler: (message: LiveMessage) => void) {
    this.handler = handler;
  }
  deliver(message: LiveMessage) {
    this.handler?.(message);
  }
  close = () => Promise.resolve();
}

let db: Database;
let knex: Knex;
const stream: StreamId = { kind: 'test-stream', key: randomUUID() };
const bus = new ManualBus();
const hub = new LiveHub(bus, new StreamKinds([]));
/** Each subscriber its own presence key: counted once each. */
const who = () => `~${randomUUID()}`;

const event = (seq: number): StoredEvent => ({
  stream,
  seq,
  type: 'SOMETHING_HAPPENED',
  at: new Date().toISOString(),
  data: {},
});

async function store(...seqs: number[]) {
  await knex('stream')
    .insert({ ...stream, last_seq: Math.max(...seqs) })
    .onConflict(['kind', 'key'])
    .merge();
  await knex('stream_event').insert(
    seqs.map((seq) => ({
      stream_kind: stream.kind,
      stream_key: stream.key,
      seq,
      type: 'SOMETHING_HAPPENED',
      data: {},
    })),
  );
}

const seqsOnly = (item: StreamItem) => ('presence' in item ? null : item.seq);

async function take(stream: AsyncGenerator<number>, count: number): Promise<number[]> {
  const out: number[] = [];
  while (out.length < count) {
    const next = await stream.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

beforeAll(async () => {
  db = await openTestDatabase({ seeded: false });
  knex = db.orm.em.getKnex();
  await store(1, 2, 3, 4, 5);
});
afterAll(async () => {
  await hub.close();
  await db?.close();
});

describe('a stream followed by one subscriber', () => {
  it('replays what was missed, then follows live events once each and in order, filling gaps from the table', async () => {
    const events = follow({ knex, hub, stream, who: who(), afterSeq: 2, transform: seqsOnly });
    expect(await take(events, 3)).toEqual([3, 4, 5]);

    const next = take(events, 4);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store(6);
    bus.deliver({ kind: 'event', event: event(6) });
    bus.deliver({ kind: 'event', event: event(6) }); // a duplicate
    bus.deliver({ kind: 'event', event: event(4) }); // an old one
    await store(7, 8, 9);
    bus.deliver({ kind: 'event', event: event(9) }); // 7 and 8 were lost on the way
    bus.deliver({ kind: 'event', event: event(8) }); // and 8 arrives late
    expect(await next).toEqual([6, 7, 8, 9]);
    await events.return(undefined);
  });

  it('starts from now without afterSeq', async () => {
    const events = follow({ knex, hub, stream, who: who(), afterSeq: undefined, transform: seqsOnly });
    const first = take(events, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store(10);
    bus.deliver({ kind: 'event', event: event(10) });
    expect(await first).toEqual([10]);
    await events.return(undefined);
  });

  it('keeps a bounded buffer for a slow subscriber and catches it up from the table', async () => {
    const events = follow({ knex, hub, stream, who: who(), afterSeq: 10, transform: seqsOnly });
    const started = events.next(); // registers, replays nothing, then waits
    await new Promise((resolve) => setTimeout(resolve, 20));
    const burst = Array.from({ length: maxBufferedSignals + 50 }, (_, i) => 11 + i);
    await store(...burst);
    // The subscriber reads nothing while the whole burst arrives.
    for (const seq of burst) bus.deliver({ kind: 'event', event: event(seq) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const received = [(await started).value as number, ...(await take(events, burst.length - 1))];
    expect(received).toEqual(burst);
    await events.return(undefined);
  });

  it('lets go of the subscriber at once when it unsubscribes while waiting', async () => {
    const before = hub.connectedCount(stream);
    const events = follow({ knex, hub, stream, who: who(), afterSeq: undefined, transform: seqsOnly });
    const pending = events.next();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(hub.connectedCount(stream)).toBe(before + 1);
    await events.return(undefined);
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(hub.connectedCount(stream)).toBe(before);
  });

  it('trusts only the table after a gap: a message with a number nobody stored changes nothing', async () => {
    const events = follow({ knex, hub, stream, who: who(), afterSeq: 999_999, transform: seqsOnly });
    const next = take(events, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    bus.deliver({ kind: 'event', event: event(5_000) }); // from another database sharing the bus
    const [{ lastSeq }] = (await knex('stream').select('last_seq as lastSeq').where(stream)) as [{ lastSeq: number }];
    await store(lastSeq + 1);
    bus.deliver({ kind: 'event', event: event(lastSeq + 1) });
    expect(await next).toEqual([lastSeq + 1]);
    await events.return(undefined);
  });
});

describe('a subscriber that can be pushed to', () => {
  it('is handed live events by the fan-out while it waits for them, and by the iterator otherwise, in order', async () => {
    const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
    const [{ lastSeq: start }] = (await knex('stream').select('last_seq as lastSeq').where(stream)) as [
      { lastSeq: number },
    ];
    const pushed: number[] = [];
    let answer: boolean | Promise<void> = true;
    const events = follow({
      knex,
      hub,
      stream,
      who: who(),
      afterSeq: start - 1,
      transform: seqsOnly,
      push: (seq: number) => {
        if (answer !== false) pushed.push(seq);
        return answer;
      },
    });
    const live = async (seq: number) => {
      await store(seq);
      bus.deliver({ kind: 'event', event: event(seq) });
      await tick();
    };
    // The replay goes through the iterator; waiting, the next event is pushed.
    expect((await events.next()).value).toBe(start);
    const waiting = events.next();
    await live(start + 1);
    expect(pushed).toEqual([start + 1]);
    // A socket that cannot take it now: the iterator delivers it.
    answer = false;
    await live(start + 2);
    expect((await waiting).value).toBe(start + 2);
    answer = true;
    // Not waiting (its last event not yet taken): queued.
    await live(start + 3);
    expect((await events.next()).value).toBe(start + 3);
    // A gap: read from the table, through the iterator.
    const afterGap = events.next();
    await store(start + 4);
    await live(start + 5);
    expect([(await afterGap).value, (await events.next()).value]).toEqual([start + 4, start + 5]);
    // A push that sends later: what follows waits for it.
    let sent: () => void = () => undefined;
    answer = new Promise<void>((resolve) => (sent = resolve));
    const next = events.next();
    let delivered = false;
    void next.then(() => (delivered = true));
    await live(start + 6);
    await live(start + 7);
    expect(pushed).toEqual([start + 1, start + 6]);
    expect(delivered).toBe(false);
    sent();
    expect((await next).value).toBe(start + 7);
    await events.return(undefined);
  });
});

describe('a kind of stream that only a test declares', () => {
  /** Notes on a board: private ones for their writer alone; replay hides the ones struck since. */
  interface Note {
    text: string;
    writer: string;
    private: boolean;
  }
  const struck = new Set<string>();
  const board: EventFamily<Note, Shareable & { text: string }> = {
    stream: 'test-board',
    types: ['NOTE_WRITTEN'],
    replayState: (_knex, events) => Promise.resolve(events.map((e) => struck.has(e.data.text))),
    eventFor: (viewer, event) => {
      if (event.current === true) return null;
      const own = viewer.kind === 'guest' && viewer.guestId === event.data.writer;
      if (event.data.private && !own) return null;
      return { text: event.data.text, shareKey: event.data.private ? null : `${event.seq}` };
    },
    audienceOf: (viewer) => (viewer.kind === 'guest' ? viewer.guestId : 'anyone'),
    fields: { shareable: ['Note.text'], perViewer: [] },
  };
  const kinds = new StreamKinds([board]);
  const local = new LiveHub(new LocalBus(), kinds);
  const guest = (guestId: string): Viewer => ({ kind: 'guest', guestId, workshopId: 'w', displayName: guestId });
  const boardOf = randomUUID();
  const notes: StreamId = { kind: 'test-board', key: boardOf };
  const write = async (note: Note) => {
    const stored = await db.orm.em
      .fork()
      .transactional((em) => append(em, notes, [{ type: 'NOTE_WRITTEN', data: note }]));
    local.publish(stored);
  };
  const textsFor = (viewer: Viewer, afterSeq: number | undefined) =>
    follow({
      knex,
      hub: local,
      stream: notes,
      afterSeq,
      who: presenceKeyOf(viewer, undefined),
      transform: (item) => ('presence' in item ? null : (kinds.eventFor(viewer, item) as { text: string } | null)),
    });
  const texts = async (events: AsyncGenerator<{ text: string }>, count: number) => {
    const out: string[] = [];
    while (out.length < count) out.push((await events.next()).value!.text);
    return out;
  };
  afterAll(() => local.close());

  it('is stored, replayed with the state its family reads, and followed live, with no change to live/', async () => {
    await write({ text: 'one', writer: 'ana', private: false });
    await write({ text: 'two', writer: 'ana', private: true });
    await write({ text: 'three', writer: 'bob', private: false });
    struck.add('three');
    const ana = textsFor(guest('ana'), 0);
    const bob = textsFor(guest('bob'), 0);
    expect(await texts(ana, 2)).toEqual(['one', 'two']);
    expect(await texts(bob, 1)).toEqual(['one']);
    await write({ text: 'four', writer: 'bob', private: false });
    expect(await texts(ana, 1)).toEqual(['four']);
    expect(await texts(bob, 1)).toEqual(['four']);
    expect(local.connectedCount(notes)).toBe(2);
    await ana.return(undefined);
    await bob.return(undefined);
    expect(kinds.shareable.has('Note.text')).toBe(true);
  });
});
