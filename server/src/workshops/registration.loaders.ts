import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { countByKey, grouped } from '../shared/loader.js';
import { moderatedWorkshops } from '../shared/viewer.js';
import { registrantColumns, registrationColumns, type RegistrationType } from './registration.type.js';

type Keyed<T> = T & { _key: string };

/**
 * Registrations, read per workshop. The count is public; whether the viewer registered is theirs;
 * the list (names, emails, organizations) only for the workshops the viewer runs.
 */
export function createRegistrationLoaders(knex: Knex, viewer: Viewer) {
  return {
    registrationCountByWorkshop: countByKey((keys) =>
      knex('workshop_registration')
        .select('workshop_id as _key')
        .count('* as count')
        .whereIn('workshop_id', keys)
        .groupBy('workshop_id'),
    ),
    viewerRegisteredByWorkshop: countByKey((keys) =>
      viewer.kind !== 'person'
        ? knex('workshop_registration')
            .select('workshop_id as _key')
            .count('* as count')
            .whereRaw('false')
            .groupBy('workshop_id')
        : knex('workshop_registration')
            .select('workshop_id as _key')
            .count('* as count')
            .where('person_id', viewer.personId)
            .whereIn('workshop_id', keys)
            .groupBy('workshop_id'),
    ),
    registrationsByWorkshop: grouped<Keyed<RegistrationType>>((keys) => {
      const scope = moderatedWorkshops(viewer);
      const allowed = scope === 'all' ? keys : keys.filter((k) => scope.has(k));
      // The organization shown is the person's first membership by name: a list row, not a profile.
      return knex('workshop_registration as r')
        .join('person as p', 'p.id', 'r.person_id')
        .select(
          'r.workshop_id as _key',
          ...registrantColumns('p'),
          ...registrationColumns('r'),
          knex('membership as m')
            .join('organization as o', 'o.id', 'm.organization_id')
            .select('o.name')
            .whereRaw('m.person_id = p.id')
            .orderBy('o.name')
            .limit(1)
            .as('organizationName'),
        )
        .whereIn('r.workshop_id', allowed.length ? allowed : ['00000000-0000-0000-0000-000000000000'])
        .orderBy([{ column: 'r.created_at' }, { column: 'p.display_name' }]);
    }),
  };
}
