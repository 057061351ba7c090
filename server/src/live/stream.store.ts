import type { Knex } from '@mikro-orm/postgresql';
import { toDate } from '../shared/scalars.js';
import type { StoredEvent, StreamId } from './stream.kinds.js';

/** An event to append: its type and what subscribers will be shown. */
export interface NewEvent<Data = unknown> {
  type: string;
  data: Data;
}

/**
 * Appends events to a stream within the caller's transaction and returns them as stored, to be
 * published once it has committed. The upsert of the stream's head row locks it until then: a
 * concurrent append waits, numbers stay gap-free in commit order, and a rollback takes its
 * numbers back with it.
 */
export async function append<Data>(
  trx: Knex.Transaction,
  stream: StreamId,
  events: readonly NewEvent<Data>[],
): Promise<StoredEvent<Data>[]> {
  if (events.length === 0) return [];
  const head = (await trx.raw(
    `insert into stream (kind, key, last_seq) values (?, ?, ?)
     on conflict (kind, key) do update set last_seq = stream.last_seq + excluded.last_seq
     returning last_seq as "lastSeq", now() as "at"`,
    [stream.kind, stream.key, events.length],
  )) as { rows: [{ lastSeq: number; at: unknown }] };
  const { lastSeq } = head.rows[0];
  const at = toDate(head.rows[0].at)?.toISOString() ?? new Date().toISOString();
  const first = lastSeq - events.length + 1;
  const stored = events.map((e, i) => ({ stream, seq: first + i, type: e.type, at, data: e.data }));
  await trx('stream_event').insert(
    stored.map((e) => ({ stream_kind: stream.kind, stream_key: stream.key, seq: e.seq, type: e.type, data: e.data })),
  );
  return stored;
}

/** The number of the stream's last event (0 before its first). */
export async function lastSeq(knex: Knex, stream: StreamId): Promise<number> {
  const row = (await knex('stream')
    .select('last_seq as lastSeq')
    .where({ kind: stream.kind, key: stream.key })
    .first()) as { lastSeq: number } | undefined;
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

/** Stored events after `after` (and up to `until`), oldest first, at most `limit`. */
export async function readAfter(
  knex: Knex,
  stream: StreamId,
  after: number,
  limit: number,
  until?: number,
): Promise<StoredEvent[]> {
  const query = knex('stream_event')
    .select('seq', 'type', 'data', 'created_at as at')
    .where({ stream_kind: stream.kind, stream_key: stream.key })
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(limit);
  if (until !== undefined) query.where('seq', '<=', until);
  const rows = (await query) as { seq: number; type: string; data: unknown; at: unknown }[];
  return rows.map((row) => ({ ...row, stream, at: toDate(row.at)?.toISOString() ?? '' }));
}
