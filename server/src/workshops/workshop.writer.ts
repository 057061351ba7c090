import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { canModerate } from '../shared/viewer.js';
import { append, type NewEvent } from '../live/stream.store.js';
import type { StoredEvent } from '../live/stream.kinds.js';
import type { ContributionEventData } from '../contributions/contribution.events.js';
import type { ModerationMode, WorkshopStatus } from './workshop.entity.js';
import type { WorkshopEventType } from './workshop-event.type.js';
import { workshopStream, type WorkshopEventData } from './workshop.events.js';

export interface LockedWorkshop {
  id: string;
  status: WorkshopStatus;
  moderationMode: ModerationMode;
  activePromptId: string | null;
  joinCode: string | null;
}

export interface WorkshopWrite {
  trx: Knex.Transaction;
  workshop: LockedWorkshop;
  /** Records an event; it is numbered and stored with the write, and published after the commit. */
  emit(type: WorkshopEventType, data: ContributionEventData | WorkshopEventData): void;
}

/**
 * Every write to a live workshop goes through here: it locks the workshop row (so a post cannot
 * race a close), runs `body`, appends the events it emitted to the workshop's stream, commits,
 * then wakes subscribers without waiting for them. If `body` throws, nothing is stored.
 */
export async function writeInWorkshop<T>(
  ctx: Context,
  workshopId: string,
  body: (write: WorkshopWrite) => Promise<T>,
): Promise<T> {
  let stored: StoredEvent[] = [];
  const result = await ctx.knex.transaction(async (trx) => {
    const workshop = (await trx('workshop')
      .select(
        'id',
        'status',
        'moderation_mode as moderationMode',
        'active_prompt_id as activePromptId',
        'join_code as joinCode',
      )
      .where('id', workshopId)
      .forUpdate()
      .first()) as LockedWorkshop | undefined;
    if (!workshop || (workshop.status === 'DRAFT' && !canModerate(ctx.viewer, workshopId))) {
      throw notFound('Workshop');
    }
    const emitted: NewEvent[] = [];
    const value = await body({ trx, workshop, emit: (type, data) => emitted.push({ type, data }) });
    stored = await append(trx, workshopStream(workshopId), emitted);
    return value;
  });
  ctx.live.publish(stored);
  return result;
}
