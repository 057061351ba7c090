import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { toDate } from '../shared/scalars.js';
import { snapshotContribution, type WorkshopWrite } from '../live/event.writer.js';
import type { WorkshopEventType } from '../live/workshop-event.entity.js';
import { ModerationState } from './contribution.entity.js';

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

const targetColumns = [
  'id',
  'workshop_id as workshopId',
  'moderation_state as moderationState',
  'author_id as authorId',
  'guest_id as guestId',
  'parent_id as parentId',
  'pinned',
  'created_at as createdAt',
];

export async function findTarget(knex: Knex, id: string): Promise<Target | null> {
  const row = (await knex('contribution').select(targetColumns).where('id', id).first()) as
    (Target & { createdAt: unknown }) | undefined;
  return row ? { ...row, createdAt: toDate(row.createdAt) ?? new Date(0) } : null;
}

export async function loadTarget(ctx: Context, globalId: string, field = 'id'): Promise<Target> {
  const target = await findTarget(ctx.knex, idOf('Contribution', globalId, field));
  if (!target) throw notFound('Contribution');
  return target;
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
