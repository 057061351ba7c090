import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { grouped } from '../shared/loader.js';
import { portraitColumns, type PortraitType } from '../portraits/portrait.type.js';
import { findingColumns, type FindingType } from './finding.type.js';

type Keyed<T> = T & { _key: string };

/** Findings and the projects that answer them (`portrait_finding`), each side through its own rule. */
export function createProjectIdeaLoaders(knex: Knex, viewer: Viewer) {
  return {
    portraitsByFinding: grouped<Keyed<PortraitType>>((keys) =>
      visible
        .portrait(knex('portrait_finding as pf').join('portrait as p', 'p.id', 'pf.portrait_id'), 'p', viewer)
        .select(...portraitColumns('p'), 'pf.finding_id as _key')
        .whereIn('pf.finding_id', keys)
        .orderBy('p.name'),
    ),
    findingsByPortrait: grouped<Keyed<FindingType>>((keys) =>
      visible
        .finding(knex('portrait_finding as pf').join('finding as f', 'f.id', 'pf.finding_id'), 'f', viewer)
        .select(...findingColumns('f'), 'pf.portrait_id as _key')
        .whereIn('pf.portrait_id', keys)
        .orderBy('f.position'),
    ),
  };
}
