import type { Knex } from '@mikro-orm/postgresql';
import { participantKey, type Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { byId, countByKey, grouped } from '../shared/loader.js';
import { themeColumns, type ThemeType } from '../territories/territory.type.js';
import { contributionColumns, type ContributionType } from './contribution.type.js';

type Keyed<T> = T & { _key: string };

export function createContributionLoaders(knex: Knex, viewer: Viewer) {
  const contributions = () => visible.contribution(knex('contribution as c'), 'c', viewer);
  // What a board shows: published ones, and the viewer's own still waiting or hidden (with the
  // reason). Coordinators see the rest in the queue and the console, not mixed into the board.
  const onBoard = () =>
    contributions()
      .whereIn('c.moderation_state', ['PUBLISHED', 'PENDING', 'HIDDEN'])
      .where((q) => {
        q.where('c.moderation_state', 'PUBLISHED');
        if (viewer.kind === 'person') q.orWhere('c.author_id', viewer.personId);
        if (viewer.kind === 'guest') q.orWhere('c.guest_id', viewer.guestId);
      });
  const published = () => contributions().where('c.moderation_state', 'PUBLISHED').whereNull('c.parent_id');
  const voter = participantKey(viewer);
  return {
    contributionById: byId<ContributionType>((ids) =>
      contributions().select(contributionColumns('c')).whereIn('c.id', ids),
    ),
    /** Top-level contributions of each workshop: pinned first, then most supported, then oldest. */
    contributionsByWorkshop: grouped<Keyed<ContributionType>>((keys) =>
      onBoard()
        .select(...contributionColumns('c'), 'c.workshop_id as _key')
        .whereIn('c.workshop_id', keys)
        .whereNull('c.parent_id')
        .orderBy([{ column: 'c.pinned', order: 'desc' }, { column: 'c.vote_count', order: 'desc' }, 'c.created_at']),
    ),
    contributionCountByWorkshop: countByKey((keys) =>
      published()
        .select('c.workshop_id as _key')
        .count({ count: '*' })
        .whereIn('c.workshop_id', keys)
        .groupBy('c.workshop_id'),
    ),
    kindCountsByWorkshop: grouped<{ _key: string; kind: string; count: string }>((keys) =>
      published()
        .select('c.workshop_id as _key', 'c.kind')
        .count({ count: '*' })
        .whereIn('c.workshop_id', keys)
        .groupBy('c.workshop_id', 'c.kind'),
    ),
    themeCountsByWorkshop: grouped<Keyed<ThemeType & { count: string }>>((keys) =>
      published()
        .join('contribution_theme as ct', 'ct.contribution_id', 'c.id')
        .join('theme as t', 't.id', 'ct.theme_id')
        .select(...themeColumns('t'), 'c.workshop_id as _key')
        .count({ count: '*' })
        .whereIn('c.workshop_id', keys)
        .groupBy('c.workshop_id', 't.id')
        .orderBy([{ column: 'count', order: 'desc' }, 't.name']),
    ),
    repliesByContribution: grouped<Keyed<ContributionType>>((keys) =>
      onBoard()
        .select(...contributionColumns('c'), 'c.parent_id as _key')
        .whereIn('c.parent_id', keys)
        .orderBy('c.created_at'),
    ),
    /** Reports not read yet; only read for coordinators (the resolver checks). */
    reportCountByContribution: countByKey((keys) =>
      knex('contribution_report')
        .select('contribution_id as _key')
        .count({ count: '*' })
        .whereNull('reviewed_at')
        .whereIn('contribution_id', keys)
        .groupBy('contribution_id'),
    ),
    /** 1 where this viewer reported the contribution already. */
    reportsByViewer: countByKey((keys) =>
      voter
        ? knex('contribution_report')
            .select('contribution_id as _key')
            .count({ count: '*' })
            .where('reporter_key', voter)
            .whereIn('contribution_id', keys)
            .groupBy('contribution_id')
        : Promise.resolve([]),
    ),
    votedIdsByWorkshop: grouped<{ _key: string; id: string }>((keys) =>
      voter
        ? knex('contribution_vote as v')
            .join('contribution as c', 'c.id', 'v.contribution_id')
            .select('c.id', 'c.workshop_id as _key')
            .where('v.voter_key', voter)
            .whereIn('c.workshop_id', keys)
        : Promise.resolve([]),
    ),
  };
}
