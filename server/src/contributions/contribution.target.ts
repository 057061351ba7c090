import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound, unauthenticated } from '../shared/errors.js';
import { notModerator, requireModeratorOfSome } from '../shared/access.js';
import { visible } from '../shared/visibility.js';
import { idOf } from '../shared/ids.js';
import { toDate } from '../shared/scalars.js';
import type { WorkshopWrite } from '../workshops/workshop.writer.js';
import type { WorkshopEventType } from '../workshops/workshop-event.type.js';
import { ModerationState } from './contribution.entity.js';
import { snapshotContribution } from './contribution.events.js';

/** What writes need to know of a contribution before deciding (read as it is, without visibility). */
export interface Target {
  id: string;
  workshopId: string;
  moderationState: ModerationState;
  authorId: string | null;
  guestId: string | null;
  parentId: string | null;
  pinned: boolean;
  createdAt: Date;
}

const targetColumns = (a: string) => [
  `${a}.id`,
  `${a}.workshop_id as workshopId`,
  `${a}.moderation_state as moderationState`,
  `${a}.author_id as authorId`,
  `${a}.guest_id as guestId`,
  `${a}.parent_id as parentId`,
  `${a}.pinned`,
  `${a}.created_at as createdAt`,
];

async function first(query: Knex.QueryBuilder): Promise<Target | null> {
  const row = (await query.first()) as (Target & { createdAt: unknown }) | undefined;
  return row ? { ...row, createdAt: toDate(row.createdAt) ?? new Date(0) } : null;
}

export function findTarget(knex: Knex, id: string): Promise<Target | null> {
  return first(knex('contribution as c').select(targetColumns('c')).where('c.id', id));
}

/**
 * What a participant acts on, read through the visibility rule: one the viewer may not see is
 * answered exactly as one that does not exist. Nothing about it is checked before this read
 * but who the viewer is.
 */
export async function visibleTarget(ctx: Context, globalId: string, field = 'id'): Promise<Target> {
  const id = idOf('Contribution', globalId, field);
  if (ctx.viewer.kind === 'anonymous') throw unauthenticated();
  const query = visible.contribution(ctx.knex('contribution as c'), 'c', ctx.viewer);
  const target = await first(query.select(targetColumns('c')).where('c.id', id));
  if (!target) throw notFound('Contribution');
  return target;
}

/**
 * What a coordinator acts on, looked up only among the workshops they run: anything else,
 * hidden, published or not there at all, is refused alike. Admins run every workshop, so for
 * them alone a missing one is NOT_FOUND.
 */
export async function moderatedTarget(
  ctx: Context,
  globalId: string,
  field = 'id',
): Promise<{ target: Target; actorId: string }> {
  const id = idOf('Contribution', globalId, field);
  const { actorId, scope } = requireModeratorOfSome(ctx.viewer);
  const query = ctx.knex('contribution as c').select(targetColumns('c')).where('c.id', id);
  if (scope !== 'all') query.whereIn('c.workshop_id', [...scope]);
  const target = await first(query);
  if (!target) throw scope === 'all' ? notFound('Contribution') : notModerator();
  return { target, actorId };
}

/** Re-reads the target under the workshop lock: another request may have changed it meanwhile. */
export async function lockedTarget(trx: Knex.Transaction, id: string): Promise<Target> {
  const target = await findTarget(trx, id);
  if (!target) throw notFound('Contribution');
  return target;
}

/** Emits a contribution event with its snapshot; `before` says whether the public could see it. */
export async function emitContribution(
  write: WorkshopWrite,
  type: WorkshopEventType,
  id: string,
  before: ModerationState,
): Promise<void> {
  const contribution = await snapshotContribution(write.trx, id);
  write.emit(type, { contribution, wasPublic: before === ModerationState.PUBLISHED });
}
