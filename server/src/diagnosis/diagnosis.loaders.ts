import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { byId, countByKey, grouped } from '../shared/loader.js';
import { personColumns, type PersonType } from '../people/person.type.js';
import { workshopColumns, type WorkshopType } from '../workshops/workshop.type.js';
import { WorkshopKind } from '../workshops/workshop.entity.js';
import {
  diagnosisColumns,
  transitionColumns,
  type DiagnosisTransitionType,
  type DiagnosisType,
} from './diagnosis.type.js';
import { diagnosisStreamKind } from './diagnosis.events.js';

type Keyed<T> = T & { _key: string };

export function createDiagnosisLoaders(knex: Knex, viewer: Viewer) {
  // Dates (the period) come as PostgreSQL writes them, YYYY-MM-DD: the ORM's driver keeps them as text.
  const diagnoses = () => visible.diagnosis(knex('diagnosis as d').select(diagnosisColumns('d')), 'd', viewer);
  return {
    diagnosisById: byId<DiagnosisType>((ids) => diagnoses().whereIn('d.id', ids)),
    diagnosesByTerritory: grouped<Keyed<DiagnosisType>>((keys) =>
      diagnoses().select('d.territory_id as _key').whereIn('d.territory_id', keys).orderBy('d.period_end', 'desc'),
    ),
    coordinatorsByDiagnosis: grouped<Keyed<PersonType>>((keys) =>
      knex('diagnosis_coordinator as dc')
        .join('person as p', 'p.id', 'dc.person_id')
        .select(...personColumns('p'), 'dc.diagnosis_id as _key')
        .whereIn('dc.diagnosis_id', keys)
        .orderBy('p.display_name'),
    ),
    /** The workshops that feed each diagnosis, as this viewer may see them; its consultation apart. */
    workshopsByDiagnosis: grouped<Keyed<WorkshopType>>((keys) =>
      visible
        .workshop(knex('workshop as w').select(workshopColumns('w')), 'w', viewer)
        .select('w.diagnosis_id as _key')
        .whereIn('w.diagnosis_id', keys)
        .whereNot('w.kind', WorkshopKind.CONSULTATION)
        .orderBy('w.starts_at', 'desc'),
    ),
    /** Each diagnosis's log of moves, newest first (read with a diagnosis the viewer sees). */
    transitionsByDiagnosis: grouped<Keyed<DiagnosisTransitionType>>((keys) =>
      knex('diagnosis_transition as dt')
        .select(...transitionColumns('dt'), 'dt.diagnosis_id as _key')
        .whereIn('dt.diagnosis_id', keys)
        .orderBy([
          { column: 'dt.created_at', order: 'desc' },
          { column: 'dt.id', order: 'desc' },
        ]),
    ),
    /** The number of each diagnosis's last event (0 before its first). */
    lastSeqByDiagnosis: countByKey((keys) =>
      knex('stream').select('key as _key', 'last_seq as count').where('kind', diagnosisStreamKind).whereIn('key', keys),
    ),
  };
}
