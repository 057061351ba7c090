import type { Knex } from '@mikro-orm/postgresql';
import { grouped } from '../shared/loader.js';
import { reportColumns, type ReportType } from './review.type.js';

type Keyed<T> = T & { _key: string };

/** Read only for the workshop's coordinators (the resolver checks). */
export function createReviewLoaders(knex: Knex) {
  return {
    openReportsByContribution: grouped<Keyed<ReportType>>((keys) =>
      knex('contribution_report as r')
        .select(reportColumns('r'))
        .select('r.contribution_id as _key')
        .whereIn('r.contribution_id', keys)
        .whereNull('r.reviewed_at')
        .orderBy([{ column: 'r.created_at' }, { column: 'r.id' }]),
    ),
  };
}
