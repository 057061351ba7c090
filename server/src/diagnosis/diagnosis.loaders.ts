import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { byId, grouped } from '../shared/loader.js';
import { diagnosisColumns, type DiagnosisType } from './diagnosis.type.js';

type Keyed<T> = T & { _key: string };

export function createDiagnosisLoaders(knex: Knex, viewer: Viewer) {
  // Dates (the period) come as PostgreSQL writes them, YYYY-MM-DD: the ORM's driver keeps them as text.
  const diagnoses = () => visible.diagnosis(knex('diagnosis as d').select(diagnosisColumns('d')), 'd', viewer);
  return {
    diagnosisById: byId<DiagnosisType>((ids) => diagnoses().whereIn('d.id', ids)),
    diagnosesByTerritory: grouped<Keyed<DiagnosisType>>((keys) =>
      diagnoses().select('d.territory_id as _key').whereIn('d.territory_id', keys).orderBy('d.period_end', 'desc'),
    ),
  };
}
