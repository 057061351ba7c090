import DataLoader from 'dataloader';
import type { Knex } from '@mikro-orm/postgresql';
import { anonymous, type Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { countByKey, grouped } from '../shared/loader.js';
import type { ContributionKind } from '../contributions/contribution.entity.js';
import type { OrganizationKind } from '../organizations/organization.entity.js';
import { WorkshopKind } from '../workshops/workshop.entity.js';
import type { MatrixCell } from './diagnosis-participation.type.js';

type Keyed<T> = T & { _key: string };

/** Months are counted as people in the territories live them. */
const month = `to_char(c.created_at at time zone 'Europe/Paris', 'YYYY-MM')`;

export function createParticipationLoaders(knex: Knex, viewer: Viewer) {
  /**
   * What was said in a diagnosis's workshops and its consultation, as anyone may read it: the
   * same figures whoever asks, so a coordinator's view of the queue never shows in a count.
   */
  const said = (keys: readonly string[]) =>
    visible
      .contribution(knex('contribution as c').join('workshop as w', 'w.id', 'c.workshop_id'), 'c', anonymous)
      .whereIn('w.diagnosis_id', keys)
      .whereNull('c.parent_id');
  return {
    workshopCountByDiagnosis: countByKey((keys) =>
      visible
        .workshop(knex('workshop as w'), 'w', anonymous)
        .select('w.diagnosis_id as _key')
        .count('* as count')
        .whereIn('w.diagnosis_id', keys)
        .whereNot('w.kind', WorkshopKind.CONSULTATION)
        .groupBy('w.diagnosis_id'),
    ),
    contributionCountByDiagnosis: countByKey((keys) =>
      said(keys).select('w.diagnosis_id as _key').count('* as count').groupBy('w.diagnosis_id'),
    ),
    /** People and guests who said something, each once (a text typed from paper has no author). */
    participantCountByDiagnosis: countByKey((keys) =>
      said(keys)
        .select('w.diagnosis_id as _key', knex.raw('count(distinct coalesce(c.author_id, c.guest_id)) as count'))
        .groupBy('w.diagnosis_id'),
    ),
    contributionsByKindByDiagnosis: grouped<Keyed<{ kind: ContributionKind; count: number }>>(async (keys) =>
      (
        (await said(keys)
          .select('w.diagnosis_id as _key', 'c.kind')
          .count('* as count')
          .groupBy('w.diagnosis_id', 'c.kind')
          .orderBy('c.kind')) as Keyed<{ kind: ContributionKind; count: string | number }>[]
      ).map((row) => ({ ...row, count: Number(row.count) })),
    ),
    timelineByDiagnosis: grouped<Keyed<{ month: string; count: number }>>(async (keys) =>
      (
        (await said(keys)
          .select('w.diagnosis_id as _key', knex.raw(`${month} as month`))
          .count('* as count')
          .groupByRaw(`w.diagnosis_id, ${month}`)
          .orderBy('month')) as Keyed<{ month: string; count: string | number }>[]
      ).map((row) => ({ ...row, count: Number(row.count) })),
    ),
    /** Organizations that spoke (a contribution on their behalf) or co-signed a finding, each once. */
    organizationKindsByDiagnosis: grouped<Keyed<{ kind: OrganizationKind; count: number }>>(async (keys) => {
      const spoke = said(keys)
        .whereNotNull('c.organization_id')
        .select('w.diagnosis_id as _key', 'c.organization_id as org');
      const cosigned = knex('finding_support as fs')
        .join('finding as f', 'f.id', 'fs.finding_id')
        .select('f.diagnosis_id as _key', 'fs.organization_id as org')
        .whereNotNull('fs.organization_id')
        .whereIn('f.diagnosis_id', keys);
      const rows = (await knex
        .from(spoke.union(cosigned).as('x'))
        .join('organization as o', 'o.id', 'x.org')
        .select('x._key', 'o.kind')
        .count('* as count')
        .groupBy('x._key', 'o.kind')
        .orderBy('o.kind')) as Keyed<{ kind: OrganizationKind; count: string | number }>[];
      return rows.map((row) => ({ ...row, count: Number(row.count) }));
    }),
    /**
     * Themes × neighbourhoods of each diagnosis's retained findings (a finding with no
     * neighbourhood in a cell of its own), with the published contributions behind each cell.
     */
    matrixByDiagnosis: new DataLoader<string, MatrixCell[]>(async (keys) => {
      const retained = () =>
        visible
          .finding(knex('finding as f'), 'f', viewer)
          .whereIn('f.diagnosis_id', keys)
          .where('f.status', 'RETAINED')
          .where('f.awaiting_review', false);
      const [placed, backed] = await Promise.all([
        retained()
          .join('finding_theme as ft', 'ft.finding_id', 'f.id')
          .join('theme as t', 't.id', 'ft.theme_id')
          .leftJoin('finding_neighbourhood as fn', 'fn.finding_id', 'f.id')
          .leftJoin('neighbourhood as n', 'n.id', 'fn.neighbourhood_id')
          .select('f.diagnosis_id as _key', 'f.id as _finding', 't.id as _theme', 'n.id as _neighbourhood')
          .orderBy([{ column: 't.name' }, { column: 'n.name', nulls: 'last' }, { column: 'f.position' }]) as Promise<
          { _key: string; _finding: string; _theme: string; _neighbourhood: string | null }[]
        >,
        visible
          .contribution(
            retained()
              .join('finding_evidence as fe', 'fe.finding_id', 'f.id')
              .join('contribution as c', 'c.id', 'fe.contribution_id')
              .join('workshop as w', 'w.id', 'c.workshop_id'),
            'c',
            anonymous,
          )
          .select('f.id as _finding', 'c.id as _contribution') as Promise<
          { _finding: string; _contribution: string }[]
        >,
      ]);
      const evidence = new Map<string, string[]>();
      for (const row of backed) evidence.set(row._finding, [...(evidence.get(row._finding) ?? []), row._contribution]);
      const cells = new Map<string, Map<string, MatrixCell>>(keys.map((key) => [key, new Map()]));
      for (const row of placed) {
        const byPlace = cells.get(row._key)!;
        const place = `${row._theme}:${row._neighbourhood ?? ''}`;
        const cell = byPlace.get(place) ?? {
          themeId: row._theme,
          neighbourhoodId: row._neighbourhood,
          findingIds: [],
          evidenceCount: 0,
        };
        byPlace.set(place, cell);
        if (!cell.findingIds.includes(row._finding)) cell.findingIds.push(row._finding);
      }
      return keys.map((key) =>
        [...cells.get(key)!.values()].map((cell) => ({
          ...cell,
          evidenceCount: new Set(cell.findingIds.flatMap((id) => evidence.get(id) ?? [])).size,
        })),
      );
    }),
  };
}
