import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { openTestDatabase } from '../test-support/database.js';
import type { Database } from '../database.js';
import { append, lastSeq, readAfter } from './stream.store.js';
import type { StreamId } from './stream.kinds.js';

let db: Database;
let knex: Knex;
const streamOf = (kind = 'test-board'): StreamId => ({ kind, key: randomUUID() });
/** A transaction of its own, as the writers' unit of work has. */
const transaction = <T>(run: (em: EntityManager) => Promise<T>) => db.orm.em.fork().transactional(run);
const appendIn = (stream: StreamId, ...types: string[]) =>
  transaction((em) =>
    append(
      em,
      stream,
      types.map((type) => ({ type, data: { type } })),
    ),
  );

beforeAll(async () => {
  db = await openTestDatabase({ seeded: false });
  knex = db.orm.em.getKnex();
});
afterAll(async () => {
  await db?.close();
});

describe('appending to a stream', () => {
  it('numbers events from 1, in order, and returns them as stored', async () => {
    const stream = streamOf();
    const first = await appendIn(stream, 'A', 'B');
    const second = await appendIn(stream, 'C');
    expect([...first, ...second].map((e) => [e.seq, e.type])).toEqual([
      [1, 'A'],
      [2, 'B'],
      [3, 'C'],
    ]);
    expect(first[0]!.stream).toEqual(stream);
    expect(await lastSeq(knex, stream)).toBe(3);
    const replayed = await readAfter(knex, stream, 1, 10);
    expect(replayed.map((e) => [e.seq, e.type, e.data])).toEqual([
      [2, 'B', { type: 'B' }],
      [3, 'C', { type: 'C' }],
    ]);
    expect(replayed[1]!.at).toBe(second[0]!.at);
  });

  it('stays gap-free when many transactions append to one stream at once, and when one rolls back', async () => {
    const stream = streamOf();
    const writers = Array.from({ length: 20 }, (_, i) =>
      transaction(async (em) => {
        const stored = await append(em, stream, [{ type: `W${i}`, data: {} }]);
        // Every fifth writer fails after appending: its number must be given again.
        if (i % 5 === 0) throw new Error('rolled back');
        return stored;
      }).catch(() => []),
    );
    const stored = (await Promise.all(writers)).flat();
    expect(stored).toHaveLength(16);
    expect(stored.map((e) => e.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const rows = await readAfter(knex, stream, 0, 100);
    expect(rows.map((e) => e.seq)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(new Set(rows.map((e) => e.type))).toEqual(new Set(stored.map((e) => e.type)));
  });

  it('numbers each stream on its own, whatever its kind', async () => {
    const [a, b, c] = [streamOf(), streamOf(), streamOf('another-kind')];
    const d = { kind: 'another-kind', key: a.key };
    await Promise.all([appendIn(a, 'A1'), appendIn(b, 'B1'), appendIn(c, 'C1'), appendIn(d, 'D1')]);
    await appendIn(a, 'A2');
    expect(await Promise.all([a, b, c, d].map((s) => lastSeq(knex, s)))).toEqual([2, 1, 1, 1]);
    expect((await readAfter(knex, d, 0, 10)).map((e) => e.type)).toEqual(['D1']);
    expect(await lastSeq(knex, streamOf())).toBe(0);
  });

  it('appends nothing, and takes no number, when there is nothing to append', async () => {
    const stream = streamOf();
    expect(await transaction((em) => append(em, stream, []))).toEqual([]);
    expect(await appendIn(stream, 'A')).toMatchObject([{ seq: 1 }]);
  });
});
