import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { byId, grouped } from '../shared/loader.js';
import { personColumns, type PersonType } from '../people/person.type.js';
import {
  membershipColumns,
  organizationColumns,
  type MembershipType,
  type OrganizationType,
} from './organization.type.js';

type Keyed<T> = T & { _key: string };

export function createOrganizationLoaders(knex: Knex, _viewer: Viewer) {
  return {
    organizationById: byId<OrganizationType>((ids) =>
      knex('organization as o').select(organizationColumns('o')).whereIn('o.id', ids),
    ),
    organizationsByTerritory: grouped<Keyed<OrganizationType>>((keys) =>
      knex('organization as o')
        .select(...organizationColumns('o'), 'o.territory_id as _key')
        .whereIn('o.territory_id', keys)
        .orderBy('o.name'),
    ),
    personById: byId<PersonType>((ids) => knex('person as p').select(personColumns('p')).whereIn('p.id', ids)),
    membersByOrganization: grouped<Keyed<MembershipType>>((keys) =>
      knex('membership as m')
        .join('person as p', 'p.id', 'm.person_id')
        .select(...membershipColumns('m'), 'm.organization_id as _key')
        .whereIn('m.organization_id', keys)
        .orderBy('p.display_name'),
    ),
    membershipsByPerson: grouped<Keyed<MembershipType>>((keys) =>
      knex('membership as m')
        .join('organization as o', 'o.id', 'm.organization_id')
        .select(...membershipColumns('m'), 'm.person_id as _key')
        .whereIn('m.person_id', keys)
        .orderBy('o.name'),
    ),
  };
}
