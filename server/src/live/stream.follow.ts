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
}

/**
 * A stream's events for one subscriber, in order, each once: the stored events after `afterSeq`,
 * then live ones. A live event that skips numbers (a message lost between nodes, or arriving out
 * of order) is preceded by the missing ones read from the table; a subscriber that falls behind
 * by more than `maxBufferedSignals` is switched back to reading the table, so a slow consumer
 * costs a bounded amount of memory. Presence signals carry the last number delivered.
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
  const { knex, hub, stream, transform } = options;
  const buffer: LiveSignal[] = [];
  let overflowed = false;
  const stop = hub.listen(stream, options.who, (signal) => {
    if (buffer.length >= maxBufferedSignals) {
      overflowed = true;
      buffer.length = 0;
    } else buffer.push(signal);
    control.wake?.();
    control.wake = null;
  });
  // One loop, no nested generators: this runs once per subscriber for every event of a room.
  try {
    // Listening started before reading where the stream stands: nothing falls in between. A
    // number from the future (another database's, a client's mistake) is brought back to now.
    const now = await lastSeq(knex, stream);
    let last = Math.min(options.afterSeq ?? now, now);
    let presence = -1;
    /** Read the table up to this number (undefined: to its end), or null: follow live signals. */
    let catchUpTo: number | undefined | null = undefined;
    for (;;) {
      if (catchUpTo !== null) {
        const page = await readAfter(knex, stream, last, replayPage, catchUpTo);
        await hub.kinds.addReplayState(knex, page);
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
