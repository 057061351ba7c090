import { LockMode, type EntityManager, type Knex } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { append, type NewEvent } from '../live/stream.store.js';
import { streamName, type StoredEvent, type StreamId } from '../live/stream.kinds.js';
import { Diagnosis } from './diagnosis.entity.js';
import { seesDiagnosis } from './diagnosis.policy.js';
import { diagnosisStream } from './diagnosis.events.js';

/** What an event carries, read by `read` once the write is flushed, in the same transaction. */
export type DiagnosisEventReader = (knex: Knex) => Promise<unknown>;

export interface DiagnosisWrite {
  /** The write's unit of work, inside its transaction. */
  em: EntityManager;
  /** The diagnosis, managed, its row locked until the commit. */
  diagnosis: Diagnosis;
  /**
   * Records an event on the diagnosis's stream, or on `stream` (a workshop's, whose board shows a
   * contribution "retained"); numbered and stored with the write, published after the commit.
   */
  emit(type: string, read: DiagnosisEventReader, stream?: StreamId): void;
}

/**
 * Every write to a diagnosis and its findings goes through here: in one transaction of the unit
 * of work, it locks the diagnosis row (a finding's edit cannot race its validation), runs `body`,
 * flushes, reads what the events carry, appends them and commits; then it wakes subscribers.
 * If `body` throws, nothing is stored. A viewer who may not see the diagnosis learns nothing of it.
 */
export async function writeInDiagnosis<T>(
  ctx: Context,
  diagnosisId: string,
  body: (write: DiagnosisWrite) => Promise<T>,
): Promise<T> {
  let stored: StoredEvent[] = [];
  const own = diagnosisStream(diagnosisId);
  const result = await ctx.em.fork().transactional(async (em) => {
    const diagnosis = await em.findOne(Diagnosis, diagnosisId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!diagnosis || !seesDiagnosis(ctx.viewer, diagnosis)) throw notFound('Diagnosis');
    const emitted: { type: string; read: DiagnosisEventReader; stream: StreamId }[] = [];
    const value = await body({
      em,
      diagnosis,
      emit: (type, read, stream = own) => emitted.push({ type, read, stream }),
    });
    await em.flush();
    const knex = em.getTransactionContext<Knex.Transaction>()!;
    const byStream = new Map<string, { stream: StreamId; events: NewEvent[] }>();
    for (const { type, read, stream } of emitted) {
      const name = streamName(stream);
      const entry = byStream.get(name) ?? { stream, events: [] };
      byStream.set(name, entry);
      entry.events.push({ type, data: await read(knex) });
    }
    // The diagnosis's stream first, then the workshops' in one order: two writes that append
    // to the same streams take their heads' locks in the same order, and never deadlock.
    const order = [...byStream.keys()].sort((a, b) =>
      a === streamName(own) ? -1 : b === streamName(own) ? 1 : a.localeCompare(b),
    );
    for (const name of order) {
      const { stream, events } = byStream.get(name)!;
      stored = stored.concat(await append(em, stream, events));
    }
    return value;
  });
  ctx.live.publish(stored);
  return result;
}
