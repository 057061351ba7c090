import { LockMode, type EntityManager, type Knex } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { canModerate } from '../shared/viewer.js';
import { append, type NewEvent } from '../live/stream.store.js';
import type { StoredEvent } from '../live/stream.kinds.js';
import type { ContributionEventData } from '../contributions/contribution.events.js';
import { Workshop, WorkshopStatus } from './workshop.entity.js';
import type { WorkshopEventType } from './workshop-event.type.js';
import { workshopStream, type WorkshopEventData } from './workshop.events.js';

/** What an event of the workshop's stream carries, read by `read` once the write is flushed. */
export type EventReader = (knex: Knex) => Promise<ContributionEventData | WorkshopEventData>;

export interface WorkshopWrite {
  /** The write's unit of work, inside its transaction: entities are created and changed here. */
  em: EntityManager;
  /** The workshop, managed, its row locked until the commit. */
  workshop: Workshop;
  /**
   * Records an event; it is numbered and stored with the write, and published after the commit.
   * `read` runs after the flush, in the same transaction: the event says what is committed.
   */
  emit(type: WorkshopEventType, read: EventReader): void;
}

/**
 * Every write to a live workshop goes through here: in one transaction of the unit of work, it
 * locks the workshop row (so a post cannot race a close), runs `body`, flushes, reads what the
 * emitted events carry, appends them to the workshop's stream and commits; then it wakes
 * subscribers without waiting for them. If `body` throws, nothing is stored.
 */
export async function writeInWorkshop<T>(
  ctx: Context,
  workshopId: string,
  body: (write: WorkshopWrite) => Promise<T>,
): Promise<T> {
  let stored: StoredEvent[] = [];
  // A fork of its own: the lock reads the row as committed, and a socket's context (it lives for
  // hours) keeps nothing its writes loaded.
  const result = await ctx.em.fork().transactional(async (em) => {
    const workshop = await em.findOne(Workshop, workshopId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!workshop || (workshop.status === WorkshopStatus.DRAFT && !canModerate(ctx.viewer, workshopId))) {
      throw notFound('Workshop');
    }
    const emitted: { type: WorkshopEventType; read: EventReader }[] = [];
    const value = await body({ em, workshop, emit: (type, read) => emitted.push({ type, read }) });
    await em.flush();
    const knex = em.getTransactionContext<Knex.Transaction>()!;
    const events: NewEvent[] = [];
    for (const { type, read } of emitted) events.push({ type, data: await read(knex) });
    stored = await append(em, workshopStream(workshopId), events);
    return value;
  });
  ctx.live.publish(stored);
  return result;
}
