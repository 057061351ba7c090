import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { byId, grouped } from '../shared/loader.js';
import { findingColumns, type FindingType } from './finding.type.js';

type Keyed<T> = T & { _key: string };

export function createFindingLoaders(knex: Knex, viewer: Viewer) {
  const findings = () => visible.finding(knex('finding as f').select(findingColumns('f')), 'f', viewer);
  return {
    findingById: byId<FindingType>((ids) => findings().whereIn('f.id', ids)),
    findingsByDiagnosis: grouped<Keyed<FindingType>>((keys) =>
      findings().select('f.diagnosis_id as _key').whereIn('f.diagnosis_id', keys).orderBy(['f.position', 'f.title']),
    ),
    findingsByStory: grouped<Keyed<FindingType>>((keys) =>
      findings()
        .join('story_finding as sf', 'sf.finding_id', 'f.id')
        .select('sf.story_id as _key')
        .whereIn('sf.story_id', keys)
        .orderBy('f.position'),
    ),
  };
}
