import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { byId, countByKey, grouped } from '../shared/loader.js';
import { contributionColumns, type ContributionType } from './contribution.type.js';

type Keyed<T> = T & { _key: string };

export function createContributionLoaders(knex: Knex, viewer: Viewer) {
  const contributions = () => visible.contribution(knex('contribution as c'), 'c', viewer);
  return {
    contributionById: byId<ContributionType>((ids) =>
      contributions().select(contributionColumns('c')).whereIn('c.id', ids),
    ),
    /** Top-level contributions of each workshop, most supported first. */
    contributionsByWorkshop: grouped<Keyed<ContributionType>>((keys) =>
      contributions()
        .select(...contributionColumns('c'), 'c.workshop_id as _key')
        .whereIn('c.workshop_id', keys)
        .whereNull('c.parent_id')
        .orderBy([{ column: 'c.vote_count', order: 'desc' }, 'c.created_at']),
    ),
    contributionCountByWorkshop: countByKey((keys) =>
      contributions()
        .select('c.workshop_id as _key')
        .count({ count: '*' })
        .whereIn('c.workshop_id', keys)
        .whereNull('c.parent_id')
        .groupBy('c.workshop_id'),
    ),
    repliesByContribution: grouped<Keyed<ContributionType>>((keys) =>
      contributions()
        .select(...contributionColumns('c'), 'c.parent_id as _key')
        .whereIn('c.parent_id', keys)
        .orderBy('c.created_at'),
    ),
  };
}
