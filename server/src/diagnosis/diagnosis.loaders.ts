import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { byId, countByKey, grouped } from '../shared/loader.js';
import { contributionColumns, type ContributionType } from '../contributions/contribution.type.js';
import { findingColumns, type FindingType } from '../findings/finding.type.js';
import { diagnosisColumns, type DiagnosisType } from './diagnosis.type.js';

type Keyed<T> = T & { _key: string };

export function createDiagnosisLoaders(knex: Knex, viewer: Viewer) {
  // Dates (the period) come as PostgreSQL writes them, YYYY-MM-DD: the ORM's driver keeps them as text.
  const diagnoses = () => visible.diagnosis(knex('diagnosis as d').select(diagnosisColumns('d')), 'd', viewer);
  const findings = () => visible.finding(knex('finding as f').select(findingColumns('f')), 'f', viewer);
  const evidence = () =>
    visible.contribution(
      knex('finding_evidence as fe').join('contribution as c', 'c.id', 'fe.contribution_id'),
      'c',
      viewer,
    );
  return {
    diagnosisById: byId<DiagnosisType>((ids) => diagnoses().whereIn('d.id', ids)),
    diagnosesByTerritory: grouped<Keyed<DiagnosisType>>((keys) =>
      diagnoses().select('d.territory_id as _key').whereIn('d.territory_id', keys).orderBy('d.period_end', 'desc'),
    ),
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
    evidenceByFinding: grouped<Keyed<ContributionType>>((keys) =>
      evidence()
        .select(...contributionColumns('c'), 'fe.finding_id as _key')
        .whereIn('fe.finding_id', keys)
        .orderBy([{ column: 'c.vote_count', order: 'desc' }, 'c.created_at']),
    ),
    evidenceCountByFinding: countByKey((keys) =>
      evidence()
        .select('fe.finding_id as _key')
        .count({ count: '*' })
        .whereIn('fe.finding_id', keys)
        .groupBy('fe.finding_id'),
    ),
  };
}
