import DataLoader from 'dataloader';
import type { Knex } from '@mikro-orm/postgresql';
import { anonymous, type Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { grouped } from '../shared/loader.js';
import { contributionColumns, type ContributionType } from '../contributions/contribution.type.js';
import { findingColumns, type FindingType } from './finding.type.js';

type Keyed<T> = T & { _key: string };

/** What a finding's visible evidence adds up to. */
export interface EvidenceStats {
  evidenceCount: number;
  participantCount: number;
  organizationCount: number;
}

const none: EvidenceStats = { evidenceCount: 0, participantCount: 0, organizationCount: 0 };

/** A finding's evidence under the one evidence rule, as `viewer` may see it. */
function evidenceRule(knex: Knex, viewer: Viewer) {
  const evidence = () =>
    visible.evidence(
      knex('finding_evidence as fe')
        .join('contribution as c', 'c.id', 'fe.contribution_id')
        .join('finding as ef', 'ef.id', 'fe.finding_id'),
      'c',
      'ef',
      viewer,
    );
  const stats = new DataLoader<string, EvidenceStats>(async (keys) => {
    // A person counts once however often they spoke; a guest the same; a name typed on paper is
    // one participant per contribution, since nothing tells two of them apart.
    const rows = (await evidence()
      .select('fe.finding_id as _key')
      .count({ evidenceCount: '*' })
      .select(
        knex.raw(
          `count(distinct coalesce('p:' || c.author_id::text, 'g:' || c.guest_id::text, 'c:' || c.id::text)) as "participantCount"`,
        ),
        knex.raw(`count(distinct c.organization_id) as "organizationCount"`),
      )
      .whereIn('fe.finding_id', keys)
      .groupBy('fe.finding_id')) as ({ _key: string } & Record<keyof EvidenceStats, string | number>)[];
    const found = new Map(
      rows.map((r) => [
        r._key,
        {
          evidenceCount: Number(r.evidenceCount),
          participantCount: Number(r.participantCount),
          organizationCount: Number(r.organizationCount),
        },
      ]),
    );
    return keys.map((key) => found.get(key) ?? none);
  });
  return {
    evidenceByFinding: grouped<Keyed<ContributionType>>((keys) =>
      evidence()
        .select(...contributionColumns('c'), 'fe.finding_id as _key')
        .whereIn('fe.finding_id', keys)
        .orderBy([{ column: 'c.vote_count', order: 'desc' }, 'c.created_at']),
    ),
    evidenceStatsByFinding: stats,
    evidenceCountByFinding: new DataLoader<string, number>(async (keys) =>
      (await stats.loadMany(keys)).map((s) => (s instanceof Error ? 0 : s.evidenceCount)),
    ),
  };
}

export function createEvidenceLoaders(knex: Knex, viewer: Viewer) {
  return {
    ...evidenceRule(knex, viewer),
    /**
     * The same, as the public sees it: for findings reached through a contribution's `retainedIn`,
     * whose live events are shared by audiences that do not follow diagnosis coordination.
     */
    publicEvidence: evidenceRule(knex, anonymous),
    /**
     * The findings that cite each contribution, for everyone alike: of diagnoses past their draft,
     * reviewed, not merged away.
     */
    retainedInByContribution: grouped<Keyed<FindingType>>((keys) =>
      knex('finding_evidence as fe')
        .join('finding as f', 'f.id', 'fe.finding_id')
        .join('diagnosis as d', 'd.id', 'f.diagnosis_id')
        .select(...findingColumns('f'), 'fe.contribution_id as _key')
        .whereIn('fe.contribution_id', keys)
        .whereNot('d.status', 'DRAFT')
        .where('f.awaiting_review', false)
        .whereNot('f.status', 'MERGED')
        .orderBy(['d.period_end', 'f.position']),
    ),
  };
}
