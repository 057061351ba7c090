import type { Context } from '../shared/context.js';
import { requireModerator } from '../shared/access.js';
import { idOf } from '../shared/ids.js';
import { followWorkshop, openWorkshopStream } from '../workshops/workshop-stream.service.js';
import { queueEventTypes } from './contribution.events.js';

export const contributionQueue = {
  /** The workshop's stream reduced to what changes its moderation queue; coordinators only. */
  async events(ctx: Context, workshopGlobalId: string, afterSeq: number | null | undefined) {
    const workshopId = idOf('Workshop', workshopGlobalId, 'workshopId');
    requireModerator(ctx.viewer, workshopId);
    await openWorkshopStream(ctx, workshopGlobalId, afterSeq);
    return followWorkshop(ctx, workshopId, afterSeq, queueEventTypes);
  },
};
