import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { byId, grouped } from '../shared/loader.js';
import { foldedText } from '../shared/pagination.js';
import {
  neighbourhoodColumns,
  territoryColumns,
  themeColumns,
  type NeighbourhoodType,
  type TerritoryType,
  type ThemeType,
} from './territory.type.js';

type Keyed<T> = T & { _key: string };

/** Themes linked through a pivot table such as portrait_theme(portrait_id, theme_id). */
function themesVia(knex: Knex, pivot: string, fk: string) {
  return grouped<Keyed<ThemeType>>((keys) =>
    knex(`${pivot} as pv`)
      .join('theme as t', 't.id', 'pv.theme_id')
      .select(...themeColumns('t'), `pv.${fk} as _key`)
      .whereIn(`pv.${fk}`, keys)
      .orderByRaw(foldedText('t.name')),
  );
}

function neighbourhoodsVia(knex: Knex, pivot: string, fk: string) {
  return grouped<Keyed<NeighbourhoodType>>((keys) =>
    knex(`${pivot} as pv`)
      .join('neighbourhood as n', 'n.id', 'pv.neighbourhood_id')
      .select(...neighbourhoodColumns('n'), `pv.${fk} as _key`)
      .whereIn(`pv.${fk}`, keys)
      .orderByRaw(foldedText('n.name')),
  );
}

export function createTerritoryLoaders(knex: Knex, _viewer: Viewer) {
  return {
    territoryById: byId<TerritoryType>((ids) =>
      knex('territory as t').select(territoryColumns('t')).whereIn('t.id', ids),
    ),
    themeById: byId<ThemeType>((ids) => knex('theme as t').select(themeColumns('t')).whereIn('t.id', ids)),
    neighbourhoodById: byId<NeighbourhoodType>((ids) =>
      knex('neighbourhood as n').select(neighbourhoodColumns('n')).whereIn('n.id', ids),
    ),
    neighbourhoodsByTerritory: grouped<Keyed<NeighbourhoodType>>((keys) =>
      knex('neighbourhood as n')
        .select(...neighbourhoodColumns('n'), 'n.territory_id as _key')
        .whereIn('n.territory_id', keys)
        .orderBy(['n.commune', 'n.name']),
    ),
    themesByTerritory: themesVia(knex, 'territory_theme', 'territory_id'),
    themesByPortrait: themesVia(knex, 'portrait_theme', 'portrait_id'),
    themesByWorkshop: themesVia(knex, 'workshop_theme', 'workshop_id'),
    themesByContribution: themesVia(knex, 'contribution_theme', 'contribution_id'),
    themesByFinding: themesVia(knex, 'finding_theme', 'finding_id'),
    neighbourhoodsByWorkshop: neighbourhoodsVia(knex, 'workshop_neighbourhood', 'workshop_id'),
    neighbourhoodsByFinding: neighbourhoodsVia(knex, 'finding_neighbourhood', 'finding_id'),
  };
}
