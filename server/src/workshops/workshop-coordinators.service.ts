import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound, refuse } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg } from '../shared/payload.js';
import { Person, PlatformRole } from '../people/person.entity.js';
import { Workshop } from './workshop.entity.js';
import { planOf } from './workshop-planning.service.js';
import { plannerOfRefusal } from './workshop-planning.policy.js';

const mayCoordinate = (role: PlatformRole) => role === PlatformRole.COORDINATOR || role === PlatformRole.ADMIN;

/**
 * Co-coordinators, chosen by those who run the workshop (admins keep `assignCoordinator`): any of
 * its coordinators may add or remove another, as they share everything else about running it;
 * the last one stays. Every change announces the new rights, so open sockets re-read them.
 */
export const workshopCoordinators = {
  async set(ctx: Context, workshopGlobalId: string, personGlobalId: string, assigned: boolean) {
    const workshopId = idOf('Workshop', workshopGlobalId, 'workshopId');
    refuse(plannerOfRefusal(ctx.viewer, workshopId));
    const personId = idOf('Person', personGlobalId, 'personId');
    await ctx.em.fork().transactional(async (em) => {
      // The workshop first, then the person, as every coordinator change here: they take turns.
      const workshop = await em.findOne(Workshop, workshopId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        populate: ['coordinators'],
      });
      if (!workshop) throw notFound('Workshop');
      // Locked, as `grantRole` does: the role read here cannot change until this commits.
      const person = await em.findOne(Person, personId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!person) throw notFound('Person');
      if (assigned) {
        if (!mayCoordinate(person.role)) throw invalid(msg('COORDINATOR_ROLE_FIRST'), 'personId');
        workshop.coordinators.add(person);
        return;
      }
      const others = workshop.coordinators.getItems().filter((p) => p.id !== personId);
      if (workshop.coordinators.contains(person) && others.length === 0) {
        throw invalid(msg('LAST_COORDINATOR'), 'personId');
      }
      workshop.coordinators.remove(person);
    });
    await ctx.live.announceAccessChange();
    return { workshop: await planOf(ctx, workshopId) };
  },
};
