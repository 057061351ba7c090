import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from '@mikro-orm/postgresql';
import { openTestDatabase } from '../test-support/database.js';
import type { Database } from '../database.js';
import { LiveHub } from './live.hub.js';
import type { LiveBus, LiveMessage } from './live.bus.js';
import { maxBufferedSignals, workshopEventStream, type StreamItem } from './event.stream.js';
import type { StoredEvent } from './live.types.js';
import { WorkshopEventType } from './workshop-event.entity.js';

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
let workshopId: string;
const bus = new ManualBus();
const hub = new LiveHub(bus);

const event = (seq: number): StoredEvent => ({
  workshopId,
  seq,
  type: WorkshopEventType.CONTRIBUTION_VOTED,
  at: new Date().toISOString(),
  data: {},
});

async function store(...seqs: number[]) {
  await knex('workshop_event').insert(
    seqs.map((seq) => ({ workshop_id: workshopId, seq, type: 'CONTRIBUTION_VOTED', data: {} })),
  );
  await knex('workshop')
    .where('id', workshopId)
    .update({ last_seq: Math.max(...seqs) });
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
  db = await openTestDatabase();
  knex = db.orm.em.getKnex();
  workshopId = ((await knex('workshop').select('id').where('status', 'LIVE').first()) as { id: string }).id;
  await store(1, 2, 3, 4, 5);
});
afterAll(async () => {
  await hub.close();
  await db?.close();
});

describe('a workshop event stream', () => {
  it('replays what was missed, then follows live events once each and in order, filling gaps from the table', async () => {
    const stream = workshopEventStream({ knex, hub, workshopId, afterSeq: 2, transform: seqsOnly });
    expect(await take(stream, 3)).toEqual([3, 4, 5]);

    const next = take(stream, 4);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store(6);
    bus.deliver({ kind: 'event', event: event(6) });
    bus.deliver({ kind: 'event', event: event(6) }); // a duplicate
    bus.deliver({ kind: 'event', event: event(4) }); // an old one
    await store(7, 8, 9);
    bus.deliver({ kind: 'event', event: event(9) }); // 7 and 8 were lost on the way
    bus.deliver({ kind: 'event', event: event(8) }); // and 8 arrives late
    expect(await next).toEqual([6, 7, 8, 9]);
    await stream.return(undefined);
  });

  it('starts from now without afterSeq', async () => {
    const stream = workshopEventStream({ knex, hub, workshopId, afterSeq: undefined, transform: seqsOnly });
    const first = take(stream, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store(10);
    bus.deliver({ kind: 'event', event: event(10) });
    expect(await first).toEqual([10]);
    await stream.return(undefined);
  });

  it('keeps a bounded buffer for a slow subscriber and catches it up from the table', async () => {
    const stream = workshopEventStream({ knex, hub, workshopId, afterSeq: 10, transform: seqsOnly });
    const started = stream.next(); // registers, replays nothing, then waits
    await new Promise((resolve) => setTimeout(resolve, 20));
    const burst = Array.from({ length: maxBufferedSignals + 50 }, (_, i) => 11 + i);
    await store(...burst);
    // The subscriber reads nothing while the whole burst arrives.
    for (const seq of burst) bus.deliver({ kind: 'event', event: event(seq) });
    const received = [(await started).value as number, ...(await take(stream, burst.length - 1))];
    expect(received).toEqual(burst);
    await stream.return(undefined);
  });

  it('lets go of the subscriber at once when it unsubscribes while waiting', async () => {
    const before = hub.connectedCount(workshopId);
    const stream = workshopEventStream({ knex, hub, workshopId, afterSeq: undefined, transform: seqsOnly });
    const pending = stream.next();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(hub.connectedCount(workshopId)).toBe(before + 1);
    await stream.return(undefined);
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(hub.connectedCount(workshopId)).toBe(before);
  });

  it('trusts only the table after a gap: a message with a number nobody stored changes nothing', async () => {
    const stream = workshopEventStream({ knex, hub, workshopId, afterSeq: 999_999, transform: seqsOnly });
    const next = take(stream, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    bus.deliver({ kind: 'event', event: event(5_000) }); // from another database sharing the bus
    const [{ lastSeq }] = (await knex('workshop').select('last_seq as lastSeq').where('id', workshopId)) as [
      { lastSeq: number },
    ];
    await store(lastSeq + 1);
    bus.deliver({ kind: 'event', event: event(lastSeq + 1) });
    expect(await next).toEqual([lastSeq + 1]);
    await stream.return(undefined);
  });
});
