import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { ModerationState } from '../contributions/contribution.entity.js';
import { contributionColumns, type ContributionType } from '../contributions/contribution.type.js';
import { FindingStatus, SuggestionState } from '../findings/finding.entity.js';
import { findingColumns, type FindingType } from '../findings/finding.type.js';
import { suggestionColumns, type FindingSuggestionType } from '../findings/suggestion.type.js';
import { reviewPolicy } from './review.policy.js';
import type { ReviewCountsType } from './review.type.js';

/** Within a scope: every row for admins, the listed ids otherwise (none: nothing). */
function within(qb: Knex.QueryBuilder, column: string, scope: 'all' | readonly string[]) {
  return scope === 'all' ? qb : qb.whereIn(column, [...scope]);
}

/** The queue of each kind, as one query builder: the list and its count read the same rows. */
function queues(ctx: Context) {
  const { knex, viewer } = ctx;
  const workshops = reviewPolicy.workshops(viewer);
  const diagnoses = reviewPolicy.diagnoses(viewer);
  return {
    pendingContributions: () =>
      within(
        knex('contribution as c').where('c.moderation_state', ModerationState.PENDING),
        'c.workshop_id',
        workshops,
      ),
    reportedContributions: () =>
      within(
        knex('contribution as c')
          .where('c.moderation_state', ModerationState.PUBLISHED)
          .whereExists((open) => {
            open
              .select('r.id')
              .from('contribution_report as r')
              .whereRaw('r.contribution_id = c.id')
              .whereNull('r.reviewed_at');
          }),
        'c.workshop_id',
        workshops,
      ),
    proposedFindings: () =>
      within(
        knex('finding as f')
          .join('diagnosis as d', 'd.id', 'f.diagnosis_id')
          .where('f.status', FindingStatus.PROPOSED)
          .whereNot('d.status', 'ARCHIVED'),
        'f.diagnosis_id',
        diagnoses,
      ),
    pendingSuggestions: () =>
      within(
        knex('finding_suggestion as s')
          .join('finding as f', 'f.id', 's.finding_id')
          .join('diagnosis as d', 'd.id', 'f.diagnosis_id')
          .where('s.state', SuggestionState.PENDING)
          .whereNot('d.status', 'ARCHIVED'),
        'f.diagnosis_id',
        diagnoses,
      ),
  };
}

const count = async (qb: Knex.QueryBuilder) => Number(((await qb.count({ n: '*' }).first()) as { n: string }).n);

export const reviewService = {
  /** What waits, oldest first (a report: by its oldest unread report). */
  pendingContributions: (ctx: Context, first: number) =>
    queues(ctx)
      .pendingContributions()
      .select(contributionColumns('c'))
      .orderBy([{ column: 'c.created_at' }, { column: 'c.id' }])
      .limit(first) as Promise<ContributionType[]>,

  reportedContributions: (ctx: Context, first: number) =>
    queues(ctx)
      .reportedContributions()
      .select(contributionColumns('c'))
      .orderByRaw(
        '(select min(r.created_at) from contribution_report r where r.contribution_id = c.id and r.reviewed_at is null), c.id',
      )
      .limit(first) as Promise<ContributionType[]>,

  proposedFindings: (ctx: Context, first: number) =>
    queues(ctx)
      .proposedFindings()
      .select(findingColumns('f'))
      .orderBy([{ column: 'f.created_at' }, { column: 'f.id' }])
      .limit(first) as Promise<FindingType[]>,

  pendingSuggestions: (ctx: Context, first: number) =>
    queues(ctx)
      .pendingSuggestions()
      .select(suggestionColumns('s'))
      .orderBy([{ column: 's.created_at' }, { column: 's.id' }])
      .limit(first) as Promise<FindingSuggestionType[]>,

  async counts(ctx: Context): Promise<ReviewCountsType> {
    const q = queues(ctx);
    const [pendingContributions, reportedContributions, proposedFindings, pendingSuggestions] = await Promise.all([
      count(q.pendingContributions()),
      count(q.reportedContributions()),
      count(q.proposedFindings()),
      count(q.pendingSuggestions()),
    ]);
    return {
      pendingContributions,
      reportedContributions,
      proposedFindings,
      pendingSuggestions,
      total: pendingContributions + reportedContributions + proposedFindings + pendingSuggestions,
    };
  },
};
