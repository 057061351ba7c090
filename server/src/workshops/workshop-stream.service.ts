import type { Context } from '../shared/context.js';
import { badInput, notFound } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { presenceKeyOf } from '../live/presence.js';
import { follow } from '../live/stream.follow.js';
import type { WorkshopEventObject } from './workshop-event.type.js';
import { presenceEvent, workshopStream } from './workshop.events.js';

/** Checks what a subscription asks for; returns the workshop's id. */
export async function openWorkshopStream(
  ctx: Context,
  workshopGlobalId: string,
  afterSeq: number | null | undefined,
): Promise<string> {
  const workshopId = idOf('Workshop', workshopGlobalId, 'workshopId');
  if (afterSeq !== null && afterSeq !== undefined && (!Number.isInteger(afterSeq) || afterSeq < 0)) {
    throw badInput('afterSeq must be a whole number, 0 or more.', 'afterSeq');
  }
  if (!(await ctx.loaders.workshopById.load(workshopId))) throw notFound('Workshop');
  // The subscription's context lives as long as its socket: it keeps no loaders, nor what they read.
  ctx.loaders = ctx.freshLoaders();
  return workshopId;
}

/**
 * A workshop's stream as this viewer may see it. With `only`, just those event types, and no
 * presence.
 */
export function followWorkshop(
  ctx: Context,
  workshopId: string,
  afterSeq: number | null | undefined,
  only?: ReadonlySet<string>,
): AsyncGenerator<WorkshopEventObject> {
  const { viewer, live } = ctx;
  return follow<WorkshopEventObject>({
    knex: ctx.knex,
    hub: live,
    stream: workshopStream(workshopId),
    afterSeq,
    who: presenceKeyOf(viewer, ctx.request.socketId),
    push: ctx.request.push,
    transform: (item) => {
      if ('presence' in item) return only ? null : presenceEvent(workshopId, item.presence, item.seq);
      if (only && !only.has(item.type)) return null;
      return live.kinds.eventFor(viewer, item) as WorkshopEventObject | null;
    },
  });
}

export const workshopStreamService = {
  async events(ctx: Context, workshopGlobalId: string, afterSeq: number | null | undefined) {
    return followWorkshop(ctx, await openWorkshopStream(ctx, workshopGlobalId, afterSeq), afterSeq);
  },
};
