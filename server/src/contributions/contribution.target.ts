import { LockMode, type EntityManager, type Knex } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound, unauthenticated } from '../shared/errors.js';
import { notModerator, requireModeratorOfSome } from '../shared/access.js';
import { visible } from '../shared/visibility.js';
import { idOf } from '../shared/ids.js';
import { toDate } from '../shared/scalars.js';
import type { WorkshopWrite } from '../workshops/workshop.writer.js';
import type { WorkshopEventType } from '../workshops/workshop-event.type.js';
import { Contribution, ModerationState } from './contribution.entity.js';
import { snapshotContribution } from './contribution.events.js';
import { contributionTargetColumns, type ContributionRow, type ContributionTarget } from './contribution.type.js';

/** What writes need to know of a contribution before deciding (read as it is, without visibility). */
export type Target = Pick<ContributionRow, keyof ContributionTarget>;

async function first(query: Knex.QueryBuilder): Promise<Target | null> {
  const row = (await query.first()) as (Omit<Target, 'createdAt'> & { createdAt: unknown }) | undefined;
  return row ? { ...row, createdAt: toDate(row.createdAt) ?? new Date(0) } : null;
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
  const target = await first(query.select(contributionTargetColumns('c')).where('c.id', id));
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
  const query = ctx.knex('contribution as c').select(contributionTargetColumns('c')).where('c.id', id);
  if (scope !== 'all') query.whereIn('c.workshop_id', [...scope]);
  const target = await first(query);
  if (!target) throw scope === 'all' ? notFound('Contribution') : notModerator();
  return { target, actorId };
}

/** What the rules read of a managed contribution (its relations give their ids without a query). */
export function targetOf(c: Contribution): Target {
  return {
    id: c.id,
    workshopId: c.workshop.id,
    moderationState: c.moderationState,
    authorId: c.author?.id ?? null,
    guestId: c.guest?.id ?? null,
    parentId: c.parent?.id ?? null,
    pinned: c.pinned,
    createdAt: c.createdAt,
  };
}

/**
 * Re-reads the contribution in the write's unit of work, its row locked until the commit: another
 * request may have changed it meanwhile, and none may change it now.
 */
export async function lockedTarget(
  em: EntityManager,
  id: string,
): Promise<{ contribution: Contribution; current: Target }> {
  const contribution = await em.findOne(Contribution, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!contribution) throw notFound('Contribution');
  return { contribution, current: targetOf(contribution) };
}

/** Emits a contribution event with its snapshot; `before` says whether the public could see it. */
export function emitContribution(write: WorkshopWrite, type: WorkshopEventType, id: string, before: ModerationState) {
  write.emit(type, async (knex) => ({
    contribution: await snapshotContribution(knex, id),
    wasPublic: before === ModerationState.PUBLISHED,
  }));
}
