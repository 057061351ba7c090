import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound, refuse } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { canModerate } from '../shared/viewer.js';
import { Workshop, WorkshopStatus } from './workshop.entity.js';
import { Registration } from './registration.entity.js';
import { fullRefusal, registrantRefusal, registrationClosedRefusal } from './workshop-planning.policy.js';

/**
 * Registrations for upcoming workshops. Each one locks the workshop row, so registrations of one
 * workshop take turns and its cap holds; the primary key (workshop, person) with `on conflict do
 * nothing` makes one person's parallel requests count once.
 */
async function change(ctx: Context, workshopGlobalId: string, register: boolean) {
  const workshopId = idOf('Workshop', workshopGlobalId, 'workshopId');
  const viewer = ctx.viewer;
  refuse(registrantRefusal(viewer));
  if (viewer.kind !== 'person') return { workshop: null };
  await ctx.em.fork().transactional(async (em) => {
    const workshop = await em.findOne(Workshop, workshopId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    // A draft is not known to those who do not run it.
    if (!workshop || (workshop.status === WorkshopStatus.DRAFT && !canModerate(viewer, workshopId))) {
      throw notFound('Workshop');
    }
    refuse(
      registrationClosedRefusal({
        status: workshop.status,
        kind: workshop.kind,
        startsAt: workshop.startsAt,
        participantCap: workshop.participantCap ?? null,
      }),
    );
    const key = { workshop: workshopId, person: viewer.personId };
    if (!register) {
      await em.nativeDelete(Registration, key);
      return;
    }
    if ((await em.count(Registration, key)) > 0) return;
    refuse(
      fullRefusal({ participantCap: workshop.participantCap ?? null }, await em.count(Registration, { workshop })),
    );
    await em.qb(Registration).insert(key).onConflict(['workshop', 'person']).ignore().execute('run');
  });
  ctx.loaders.registrationCountByWorkshop.clear(workshopId);
  ctx.loaders.viewerRegisteredByWorkshop.clear(workshopId);
  return { workshop: (await ctx.loaders.workshopById.load(workshopId)) ?? null };
}

export const registrations = {
  register: (ctx: Context, workshopId: string) => change(ctx, workshopId, true),
  cancel: (ctx: Context, workshopId: string) => change(ctx, workshopId, false),
};
