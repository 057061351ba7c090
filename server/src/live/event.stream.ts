import type { Knex } from '@mikro-orm/postgresql';
import { toDate } from '../shared/scalars.js';
import type { LiveHub, LiveSignal } from './live.hub.js';
import type { EventData, StoredEvent } from './live.types.js';
import { WorkshopEventType } from './workshop-event.entity.js';

/** Live signals buffered per subscriber; past this, the buffer is dropped and refilled from the table. */
export const maxBufferedSignals = 256;
const replayPage = 200;

export interface StreamOptions<T> {
  /** Turns what this subscriber may see into its payload; null skips the item. */
  transform: (item: StreamItem) => T | null;
  knex: Knex;
  hub: LiveHub;
  workshopId: string;
  /** Replay stored events after this one first; when absent, start from now. */
  afterSeq: number | null | undefined;
}

/**
 * Stored events after `after`, each with the current state of its contribution: a replay may be
 * read long after the fact, when what was public then has been hidden since.
 */
async function storedAfter(knex: Knex, workshopId: string, after: number, until?: number): Promise<StoredEvent[]> {
  const query = knex('workshop_event as e')
    .joinRaw(`left join contribution as c on c.id = (e.data->'contribution'->>'id')::uuid`)
    .select('e.seq', 'e.type', 'e.data', 'e.created_at as at', 'c.moderation_state as currentState')
    .where('e.workshop_id', workshopId)
    .where('e.seq', '>', after)
    .orderBy('e.seq')
    .limit(replayPage);
  if (until !== undefined) query.where('e.seq', '<=', until);
  const rows = (await query) as {
    seq: number;
    type: WorkshopEventType;
    data: EventData;
    at: unknown;
    currentState: string | null;
  }[];
  return rows.map((row) => ({ ...row, workshopId, at: toDate(row.at)?.toISOString() ?? '' }));
}

/**
 * A workshop's events for one subscriber, in order, each once: the stored events after
 * `afterSeq`, then live ones. A live event that skips numbers (a message lost between nodes, or
 * arriving out of order) is preceded by the missing ones read from the table; a subscriber that
 * falls behind by more than `maxBufferedSignals` is switched back to reading the table, so a slow
 * consumer costs a bounded amount of memory. Presence signals carry the last number delivered.
 */
export function workshopEventStream<T>(options: StreamOptions<T>): AsyncGenerator<T> {
  // An async generator waiting for the next signal cannot be stopped from outside until it
  // wakes up: `return` wakes it, so an unsubscribed viewer is released at once.
  const control: Control = { closed: false, wake: null };
  const inner = stream(options, control);
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

export type StreamItem = StoredEvent | { presence: number; seq: number };
interface Control {
  closed: boolean;
  wake: (() => void) | null;
}

async function* stream<T>(options: StreamOptions<T>, control: Control): AsyncGenerator<T> {
  const { knex, hub, workshopId, transform } = options;
  const buffer: LiveSignal[] = [];
  let overflowed = false;
  const stop = hub.listen(workshopId, (signal) => {
    if (buffer.length >= maxBufferedSignals) {
      overflowed = true;
      buffer.length = 0;
    } else buffer.push(signal);
    control.wake?.();
    control.wake = null;
  });
  try {
    // Listening started before reading where the stream stands: nothing falls in between. A
    // number from the future (another database's, a client's mistake) is brought back to now.
    const now = await currentSeq(knex, workshopId);
    let last = Math.min(options.afterSeq ?? now, now);
    const deliver = function* (item: StreamItem) {
      const payload = transform(item);
      if (payload !== null) yield payload;
    };
    const catchUp = async function* (until?: number) {
      for (;;) {
        const page = await storedAfter(knex, workshopId, last, until);
        for (const event of page) {
          last = event.seq;
          yield* deliver(event);
        }
        if (page.length < replayPage) return;
      }
    };
    yield* catchUp();
    yield* deliver({ presence: hub.connectedCount(workshopId), seq: last });
    while (!control.closed) {
      if (overflowed) {
        overflowed = false;
        yield* catchUp();
        continue;
      }
      const signal = buffer.shift();
      if (!signal) {
        await new Promise<void>((resolve) => (control.wake = resolve));
        continue;
      }
      if (signal.kind === 'presence') {
        yield* deliver({ presence: signal.count, seq: last });
        continue;
      }
      const { event } = signal;
      if (event.seq <= last) continue;
      // After a gap the table is the only authority: a message that skips numbers wakes us up,
      // and what was missed, the event included, is read from where it is stored.
      if (event.seq > last + 1) {
        yield* catchUp(event.seq);
        continue;
      }
      last = event.seq;
      yield* deliver(event);
    }
  } finally {
    stop();
  }
}

async function currentSeq(knex: Knex, workshopId: string): Promise<number> {
  const row = (await knex('workshop').select('last_seq as lastSeq').where('id', workshopId).first()) as
    { lastSeq: number } | undefined;
  return row?.lastSeq ?? 0;
}

export const queueEventTypes = new Set<WorkshopEventType>([
  WorkshopEventType.CONTRIBUTION_POSTED,
  WorkshopEventType.CONTRIBUTION_APPROVED,
  WorkshopEventType.CONTRIBUTION_REMOVED,
  WorkshopEventType.CONTRIBUTION_RESTORED,
  WorkshopEventType.CONTRIBUTION_MERGED,
  WorkshopEventType.CONTRIBUTION_REPORTED,
  WorkshopEventType.CONTRIBUTION_EDITED,
]);
