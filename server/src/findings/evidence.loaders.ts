import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { countByKey, grouped } from '../shared/loader.js';
import { contributionColumns, type ContributionType } from '../contributions/contribution.type.js';

type Keyed<T> = T & { _key: string };

export function createEvidenceLoaders(knex: Knex, viewer: Viewer) {
  const evidence = () =>
    visible.contribution(
      knex('finding_evidence as fe').join('contribution as c', 'c.id', 'fe.contribution_id'),
      'c',
      viewer,
    );
  return {
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
