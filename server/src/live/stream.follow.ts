import type { Knex } from '@mikro-orm/postgresql';
import type { LiveHub, LiveSignal } from './live.hub.js';
import { lastSeq, readAfter } from './stream.store.js';
import type { StoredEvent, StreamId } from './stream.kinds.js';

/** Live signals buffered per subscriber; past this, the buffer is dropped and refilled from the table. */
export const maxBufferedSignals = 256;
const replayPage = 200;

export type StreamItem = StoredEvent | { presence: number; seq: number };

export interface FollowOptions<T> {
  knex: Knex;
  hub: LiveHub;
  stream: StreamId;
  /** Replay stored events after this one first; when absent, start from now. */
  afterSeq: number | null | undefined;
  /** Who the subscriber counts as in the stream's presence (presenceKeyOf). */
  who: string;
  /** Turns what this subscriber may see into its payload; null skips the item. */
  transform: (item: StreamItem) => T | null;
  /**
   * Sends a payload to the subscriber at once, bypassing the queue (the websocket, see
   * RequestInfo.push): false when it cannot now; a promise when it sends once that settles.
   */
  push?: (payload: T) => boolean | Promise<void>;
}

/**
 * A stream's events for one subscriber, in order, each once: the stored events after `afterSeq`,
 * then live ones. A live event that skips numbers (a message lost between nodes, or arriving out
 * of order) is preceded by the missing ones read from the table; a subscriber that falls behind
 * by more than `maxBufferedSignals` is switched back to reading the table, so a slow consumer
 * costs a bounded amount of memory. Presence signals carry the last number delivered.
 *
 * With `push`, a subscriber that is waiting, caught up, for the very next event is handed it by
 * the fan-out loop itself (no queue, no wake-up, no promise per subscriber): a room of thousands
 * is then served at about the cost of writing to its sockets. Anything else (replay, a gap, a
 * socket that is behind) goes through the queue and the iterator, in order.
 */
export function follow<T>(options: FollowOptions<T>): AsyncGenerator<T> {
  // An async generator waiting for the next signal cannot be stopped from outside until it
  // wakes up: `return` wakes it, so an unsubscribed viewer is released at once.
  const control: Control = { closed: false, wake: null };
  const inner = run(options, control);
  const outer: AsyncGenerator<T> = {
    next: () => inner.next(),
    return: (value) => {
      control.closed = true;
      control.wake?.();
      return inner.return(value);
    },
    throw: (error) => inner.throw(error),
    [Symbol.asyncIterator]: () => outer,
  };
  return outer;
}

interface Control {
  closed: boolean;
  wake: (() => void) | null;
}

async function* run<T>(options: FollowOptions<T>, control: Control): AsyncGenerator<T> {
  const { knex, hub, stream, transform, push } = options;
  const buffer: LiveSignal[] = [];
  let overflowed = false;
  /** The last number delivered, and the last count of people, once the replay is over. */
  let last = -1;
  let presence = -1;
  /** A payload pushed but not sent yet: whatever follows waits for it. */
  let inflight: Promise<void> | null = null;
  /** Hands a live signal to `push` when nothing is ahead of it; false: it must be queued. */
  const pushed = (signal: LiveSignal): boolean => {
    if (!push || control.wake === null || overflowed || buffer.length > 0 || inflight) return false;
    const item = signal.kind === 'presence' ? { presence: signal.count, seq: last } : signal.event;
    if (signal.kind === 'presence' ? signal.count === presence : signal.event.seq <= last) return true;
    if (signal.kind === 'event' && signal.event.seq !== last + 1) return false;
    const payload = transform(item);
    const sent = payload === null || push(payload);
    if (sent === false) return false;
    if (signal.kind === 'presence') presence = signal.count;
    else last = signal.event.seq;
    if (sent instanceof Promise) {
      const pending = sent.finally(() => {
        if (inflight === pending) inflight = null;
      });
      inflight = pending;
    }
    return true;
  };
  const stop = hub.listen(stream, options.who, (signal) => {
    if (pushed(signal)) return;
    if (buffer.length >= maxBufferedSignals) {
      overflowed = true;
      buffer.length = 0;
    } else buffer.push(signal);
    control.wake?.();
    control.wake = null;
  });
  /** What the iterator yields waits for what was pushed before it. */
  const settled = async () => {
    while (inflight) await inflight;
  };
  // One loop, no nested generators: this runs once per subscriber for every event of a room.
  try {
    // Listening started before reading where the stream stands: nothing falls in between. A
    // number from the future (another database's, a client's mistake) is brought back to now.
    const now = await lastSeq(knex, stream);
    last = Math.min(options.afterSeq ?? now, now);
    /** Read the table up to this number (undefined: to its end), or null: follow live signals. */
    let catchUpTo: number | undefined | null = undefined;
    for (;;) {
      if (catchUpTo !== null) {
        const page = await readAfter(knex, stream, last, replayPage, catchUpTo);
        await hub.kinds.addReplayState(knex, page);
        await settled();
        for (const event of page) {
          last = event.seq;
          const payload = transform(event);
          if (payload !== null) yield payload;
        }
        if (page.length === replayPage) continue;
        catchUpTo = null;
        // The replay is over: the count of people says so, with the last number delivered.
        if (presence < 0) {
          presence = hub.connectedCount(stream);
          const payload = transform({ presence, seq: last });
          if (payload !== null) yield payload;
        }
        continue;
      }
      if (control.closed) return;
      if (overflowed) {
        overflowed = false;
        catchUpTo = undefined;
        continue;
      }
      const signal = buffer.shift();
      if (!signal) {
        await new Promise<void>((resolve) => (control.wake = resolve));
        continue;
      }
      await settled();
      if (signal.kind === 'presence') {
        // A subscriber that joined during the last second may already have this count.
        if (signal.count === presence) continue;
        presence = signal.count;
        const payload = transform({ presence, seq: last });
        if (payload !== null) yield payload;
        continue;
      }
      const { event } = signal;
      if (event.seq <= last) continue;
      // After a gap the table is the only authority: a message that skips numbers wakes us up,
      // and what was missed, the event included, is read from where it is stored.
      if (event.seq > last + 1) {
        catchUpTo = event.seq;
        continue;
      }
      last = event.seq;
      const payload = transform(event);
      if (payload !== null) yield payload;
    }
  } finally {
    stop();
  }
}
