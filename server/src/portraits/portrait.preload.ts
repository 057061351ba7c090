import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { jsonObject } from '../shared/rows.js';
import { organizationColumns } from '../organizations/organization.type.js';
import { territoryColumns, themeColumns } from '../territories/territory.type.js';
import {
  fundingLineColumns,
  indicatorColumns,
  portraitColumns,
  portraitPartnerColumns,
  stageEventColumns,
  type PortraitPreload,
} from './portrait.type.js';

/**
 * A list page asks the same relations of every portrait. Instead of one more statement per
 * relation (each costs a round trip), the page query carries them as one JSON column built by
 * correlated subqueries. Field resolvers use what is preloaded and fall back to the loaders.
 * Each related row carries the columns its loader selects, no more (the JSON is built for every
 * portrait of the page, whatever the client asks of it).
 */

const jsonList = (object: string, order: string) => `coalesce(json_agg(${object} order by ${order}), '[]'::json)`;

type Relation = (knex: Knex, viewer: Viewer) => Knex.QueryBuilder;

const relations: Record<string, Relation> = {
  territory: (knex) =>
    knex('territory as t')
      .select(knex.raw(jsonObject(territoryColumns('t'))))
      .whereRaw('t.id = p.territory_id'),
  themes: (knex) =>
    knex('portrait_theme as pt')
      .join('theme as th', 'th.id', 'pt.theme_id')
      .select(knex.raw(jsonList(jsonObject(themeColumns('th')), 'th.name')))
      .whereRaw('pt.portrait_id = p.id'),
  indicators: (knex) =>
    knex('indicator as i')
      .select(knex.raw(jsonList(jsonObject(indicatorColumns('i')), 'i.position, i.label')))
      .whereRaw('i.portrait_id = p.id'),
  fundingLines: (knex) =>
    knex('funding_line as f')
      .leftJoin('organization as fo', 'fo.id', 'f.funder_id')
      .select(
        knex.raw(
          jsonList(
            jsonObject(fundingLineColumns('f'), {
              funder: `case when fo.id is null then null else ${jsonObject(organizationColumns('fo'))} end`,
            }),
            'f.position, f.label',
          ),
        ),
      )
      .whereRaw('f.portrait_id = p.id'),
  partners: (knex) =>
    knex('portrait_partner as pp')
      .join('organization as po', 'po.id', 'pp.organization_id')
      .select(
        knex.raw(
          jsonList(
            jsonObject(portraitPartnerColumns('pp'), { organization: jsonObject(organizationColumns('po')) }),
            `array_position(array['CARRIER','FUNDER','PARTNER','SUPPORT'], pp.role), po.name`,
          ),
        ),
      )
      .whereRaw('pp.portrait_id = p.id'),
  stageHistory: (knex) =>
    knex('stage_event as s')
      .select(knex.raw(jsonList(jsonObject(stageEventColumns('s')), 's.occurred_on, s.created_at')))
      .whereRaw('s.portrait_id = p.id'),
  replicatedFrom: (knex, viewer) =>
    visible.portrait(
      knex('portrait as rf')
        .select(knex.raw(jsonObject(portraitColumns('rf'))))
        .whereRaw('rf.id = p.replicated_from_id'),
      'rf',
      viewer,
    ),
  replications: (knex, viewer) =>
    visible.portrait(
      knex('portrait as rp')
        .select(knex.raw(jsonList(jsonObject(portraitColumns('rp')), 'rp.name')))
        .whereRaw('rp.replicated_from_id = p.id'),
      'rp',
      viewer,
    ),
};
// The funding summary is computed from the funding lines.
const needs: Record<string, string> = { funding: 'fundingLines' };

/** Adds a `preloaded` JSON column to a portraits query (alias `p`) for the requested relations. */
export function preloadPortraitRelations(knex: Knex, query: Knex.QueryBuilder, requested: Set<string>, viewer: Viewer) {
  const names = [...new Set([...requested].map((field) => needs[field] ?? field))].filter((name) => name in relations);
  if (names.length === 0) return query;
  // Names come from the allow-list above, so they can be written into the SQL as they are.
  const fields = names.map((name) => `'${name}', ?`).join(', ');
  return query.select(
    knex.raw(
      `json_build_object(${fields}) as preloaded`,
      names.map((name) => relations[name]!(knex, viewer)),
    ),
  );
}

/** What was preloaded for `key`, or the loader's answer when the page query did not carry it. */
export function preloadedOr<K extends keyof PortraitPreload>(
  row: { preloaded?: PortraitPreload },
  key: K,
  load: () => Promise<PortraitPreload[K]> | PortraitPreload[K],
): Promise<PortraitPreload[K]> | PortraitPreload[K] {
  return row.preloaded && key in row.preloaded ? row.preloaded[key] : load();
}
