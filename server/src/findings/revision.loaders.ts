import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { grouped } from '../shared/loader.js';
import { revisionColumns, type FindingRevisionType } from './revision.type.js';

type Keyed<T> = T & { _key: string };

/** Revisions are read with their finding, through its visibility rule. */
export function createRevisionLoaders(knex: Knex, viewer: Viewer) {
  const revisions = () =>
    visible.finding(
      knex('finding_revision as r').join('finding as f', 'f.id', 'r.finding_id').select(revisionColumns('r')),
      'f',
      viewer,
    );
  return {
    revisionsByFinding: grouped<Keyed<FindingRevisionType>>((keys) =>
      revisions()
        .select('r.finding_id as _key')
        .whereIn('r.finding_id', keys)
        .orderBy([{ column: 'r.number', order: 'desc' }]),
    ),
    /** The newest revision of each finding: who changed it last, and when. */
    lastRevisionByFinding: grouped<Keyed<FindingRevisionType>>((keys) =>
      revisions()
        .distinctOn('r.finding_id')
        .select('r.finding_id as _key')
        .whereIn('r.finding_id', keys)
        .orderBy(['r.finding_id', { column: 'r.number', order: 'desc' }]),
    ),
  };
}
