import type { Context } from '../shared/context.js';
import { badInput, notFound } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { presenceKeyOf } from '../live/presence.js';
import { follow } from '../live/stream.follow.js';
import type { DiagnosisEventObject } from './diagnosis-event.type.js';
import { diagnosisPresenceEvent, diagnosisStream } from './diagnosis.events.js';

/** Checks what a subscription asks for; returns the diagnosis's id. */
async function openDiagnosisStream(
  ctx: Context,
  diagnosisGlobalId: string,
  afterSeq: number | null | undefined,
): Promise<string> {
  const diagnosisId = idOf('Diagnosis', diagnosisGlobalId, 'diagnosisId');
  if (afterSeq !== null && afterSeq !== undefined && (!Number.isInteger(afterSeq) || afterSeq < 0)) {
    throw badInput('afterSeq must be a whole number, 0 or more.', 'afterSeq');
  }
  if (!(await ctx.loaders.diagnosisById.load(diagnosisId))) throw notFound('Diagnosis');
  // The subscription's context lives as long as its socket: it keeps no loaders, nor what they read.
  ctx.loaders = ctx.freshLoaders();
  return diagnosisId;
}

export const diagnosisStreamService = {
  /** A diagnosis's stream as this viewer may see it: replayed after `afterSeq`, then live, with presence. */
  async events(
    ctx: Context,
    diagnosisGlobalId: string,
    afterSeq: number | null | undefined,
  ): Promise<AsyncGenerator<DiagnosisEventObject>> {
    const diagnosisId = await openDiagnosisStream(ctx, diagnosisGlobalId, afterSeq);
    const { viewer, live } = ctx;
    return follow<DiagnosisEventObject>({
      knex: ctx.knex,
      hub: live,
      stream: diagnosisStream(diagnosisId),
      afterSeq,
      who: presenceKeyOf(viewer, ctx.request.socketId),
      push: ctx.request.push,
      transform: (item) =>
        'presence' in item
          ? diagnosisPresenceEvent(diagnosisId, item.presence, item.seq)
          : (live.kinds.eventFor(viewer, item) as DiagnosisEventObject | null),
    });
  },
};
