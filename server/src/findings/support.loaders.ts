import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { byId, countByKey, grouped } from '../shared/loader.js';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import { organizationColumns, type OrganizationType } from '../organizations/organization.type.js';
import { FindingSupport } from './finding.entity.js';

type Keyed<T> = T & { _key: string };

/** A support as its finding's viewer fields read it: keyed by the finding, with the organization co-signed for. */
const ownSupportColumns = columnsFor(FindingSupport, {
  only: ['findingId', 'organizationId'],
  rename: { findingId: 'id' },
});
export type OwnSupport = RowFrom<typeof ownSupportColumns>;

/** Supports and co-signatures: the same for everyone, but for what the viewer did or may do. */
export function createSupportLoaders(knex: Knex, viewer: Viewer) {
  const personId = viewer.kind === 'person' ? viewer.personId : null;
  return {
    supportCountByFinding: countByKey((keys) =>
      knex('finding_support as s')
        .select('s.finding_id as _key')
        .count({ count: '*' })
        .whereIn('s.finding_id', keys)
        .groupBy('s.finding_id'),
    ),
    cosignersByFinding: grouped<Keyed<OrganizationType>>((keys) =>
      knex('finding_support as s')
        .join('organization as o', 'o.id', 's.organization_id')
        .distinct(...organizationColumns('o'), 's.finding_id as _key')
        .whereIn('s.finding_id', keys)
        .orderBy('o.name'),
    ),
    /** The viewer's own support of each finding, with the organization they co-signed for (null if none). */
    viewerSupportByFinding: byId<OwnSupport>((keys) =>
      personId
        ? knex('finding_support as s')
            .select(ownSupportColumns('s'))
            .where('s.person_id', personId)
            .whereIn('s.finding_id', keys)
        : Promise.resolve([]),
    ),
    /** The organizations each person may co-sign for: theirs, that let their members do so. */
    coSignOrganizationsByPerson: grouped<Keyed<OrganizationType>>((keys) =>
      knex('membership as m')
        .join('organization as o', 'o.id', 'm.organization_id')
        .select(...organizationColumns('o'), 'm.person_id as _key')
        .whereIn('m.person_id', keys)
        .where('o.members_may_co_sign', true)
        .orderBy('o.name'),
    ),
  };
}
