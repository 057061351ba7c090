import type { Context } from '../shared/context.js';
import { requireModerator } from '../shared/access.js';
import { visible } from '../shared/visibility.js';
import { contributionColumns, type ContributionType } from '../contributions/contribution.type.js';
import { actorColumns, moderationActionColumns, type ModerationActionType } from './moderation.type.js';

/** A workshop's contributions in every state, for its coordinators. */
function ofWorkshop(ctx: Context, workshopId: string) {
  requireModerator(ctx.viewer, workshopId);
  return visible
    .contribution(ctx.knex('contribution as c'), 'c', ctx.viewer)
    .select(contributionColumns('c'))
    .where('c.workshop_id', workshopId);
}

/** What only a workshop's coordinators read: the queue, every contribution, the log. */
export const moderationReads = {
  queue(ctx: Context, workshopId: string): Promise<ContributionType[]> {
    return ofWorkshop(ctx, workshopId)
      .where('c.moderation_state', 'PENDING')
      .orderBy('c.created_at') as unknown as Promise<ContributionType[]>;
  },

  all(ctx: Context, workshopId: string): Promise<ContributionType[]> {
    return ofWorkshop(ctx, workshopId).orderBy('c.created_at', 'desc').limit(1000) as unknown as Promise<
      ContributionType[]
    >;
  },

  log(ctx: Context, workshopId: string, first: number): Promise<ModerationActionType[]> {
    requireModerator(ctx.viewer, workshopId);
    return ctx
      .knex('moderation_action as m')
      .join('person as p', 'p.id', 'm.actor_id')
      .select(...moderationActionColumns('m'), ...actorColumns('p'))
      .where('m.workshop_id', workshopId)
      .orderBy([
        { column: 'm.created_at', order: 'desc' },
        { column: 'm.id', order: 'desc' },
      ])
      .limit(Math.min(Math.max(first, 1), 500)) as unknown as Promise<ModerationActionType[]>;
  },
};
