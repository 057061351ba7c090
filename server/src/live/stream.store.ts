import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { columnsFor, columnsOf, type RowFrom, type RowOf } from '../shared/rows.js';
import { toDate } from '../shared/scalars.js';
import { Stream, StreamEvent } from './stream.entity.js';
import type { StoredEvent, StreamId } from './stream.kinds.js';

/** An event to append: its type and what subscribers will be shown. */
export interface NewEvent<Data = unknown> {
  type: string;
  data: Data;
}

/** The head's number, under its key in `Stream`'s row. */
const headColumns = columnsOf(Stream, 'stream', { only: ['lastSeq'] });

/**
 * Appends events to a stream within the transaction of `em` (the writer's unit of work) and
 * returns them as stored, to be published once it has committed. The upsert of the stream's head
 * row locks it until then: a concurrent append waits, numbers stay gap-free in commit order, and
 * a rollback takes its numbers back with it. It stays one SQL statement: it creates the head or
 * moves it on, and locks it, at once, where a read then a write would race on a stream's first event.
 */
export async function append<Data>(
  em: EntityManager,
  stream: StreamId,
  events: readonly NewEvent<Data>[],
): Promise<StoredEvent<Data>[]> {
  if (events.length === 0) return [];
  const [head] = await em.execute<[Pick<RowOf<Stream>, 'lastSeq'> & { at: unknown }]>(
    em.getKnex().raw(
      `insert into stream (kind, key, last_seq) values (?, ?, ?)
       on conflict (kind, key) do update set last_seq = stream.last_seq + excluded.last_seq
       returning ??, now() as "at"`,
      [stream.kind, stream.key, events.length, ...headColumns],
    ),
  );
  const { lastSeq } = head;
  const at = toDate(head.at) ?? new Date();
  const first = lastSeq - events.length + 1;
  const stored = events.map((e, i) => ({ stream, seq: first + i, type: e.type, at: at.toISOString(), data: e.data }));
  await em.insertMany(
    StreamEvent,
    stored.map((e) => ({
      stream: [stream.kind, stream.key],
      seq: e.seq,
      type: e.type,
      data: e.data as Record<string, unknown>,
      // Stored with the time it is published with.
      createdAt: at,
    })),
  );
  return stored;
}

/** The number of the stream's last event (0 before its first). */
export async function lastSeq(knex: Knex, stream: StreamId): Promise<number> {
  const row = (await knex('stream').select(headColumns).where({ kind: stream.kind, key: stream.key }).first()) as
    Pick<RowOf<Stream>, 'lastSeq'> | undefined;
  return row?.lastSeq ?? 0;
}

/** The same as a column of a query over the streams' owners, e.g. `lastSeqColumn(knex, 'workshop', 'w.id')`. */
export function lastSeqColumn(knex: Knex, kind: string, keyColumn: string, alias = 'lastSeq'): Knex.Raw {
  return knex.raw(`coalesce((select s.last_seq from stream s where s.kind = ? and s.key = ??::text), 0) as ??`, [
    kind,
    keyColumn,
    alias,
  ]);
}

const eventColumns = columnsFor(StreamEvent, {
  only: ['seq', 'type', 'data', 'createdAt'],
  rename: { createdAt: 'at' },
});

/** Stored events after `after` (and up to `until`), oldest first, at most `limit`. */
export async function readAfter(
  knex: Knex,
  stream: StreamId,
  after: number,
  limit: number,
  until?: number,
): Promise<StoredEvent[]> {
  const query = knex('stream_event')
    .select(eventColumns('stream_event'))
    .where({ stream_kind: stream.kind, stream_key: stream.key })
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(limit);
  if (until !== undefined) query.where('seq', '<=', until);
  const rows = (await query) as (Omit<RowFrom<typeof eventColumns>, 'at'> & { at: unknown })[];
  return rows.map((row) => ({ ...row, stream, at: toDate(row.at)?.toISOString() ?? '' }));
}
