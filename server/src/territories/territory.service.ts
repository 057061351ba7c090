import type { Context } from '../shared/context.js';
import { oneBySlug } from '../shared/sql.js';
import { foldedText, paginate, type PageArgs, type SortSpec } from '../shared/pagination.js';
import { territoryColumns, themeColumns, type TerritoryType, type ThemeType } from './territory.type.js';
import { TerritorySort, type TerritoryFilter } from './territory.inputs.js';

const sorts: Record<TerritorySort, SortSpec> = {
  [TerritorySort.NAME]: { expression: foldedText('t.name'), kind: 'text', direction: 'asc' },
};

export const territoryService = {
  list(ctx: Context, filter: TerritoryFilter | undefined, sort: TerritorySort, page: PageArgs) {
    const query = ctx.knex('territory as t').select(territoryColumns('t'));
    if (filter?.kind) query.where('t.kind', filter.kind);
    if (filter?.theme) {
      query.whereIn(
        't.id',
        ctx
          .knex('territory_theme as tt')
          .join('theme as th', 'th.id', 'tt.theme_id')
          .select('tt.territory_id')
          .where('th.slug', filter.theme),
      );
    }
    if (typeof filter?.diagnosisUnderWay === 'boolean') {
      // Only a public status is named here: a draft diagnosis must not show through a filter.
      const underWay = ctx.knex('diagnosis as d').select('d.territory_id').where('d.status', 'CONSULTATION');
      if (filter.diagnosisUnderWay) query.whereIn('t.id', underWay);
      else query.whereNotIn('t.id', underWay);
    }
    return paginate<TerritoryType>(ctx.knex, query, 't', sorts[sort], page);
  },

  bySlug(ctx: Context, slug: string): Promise<TerritoryType> {
    return oneBySlug<TerritoryType>(ctx.knex('territory as t').select(territoryColumns('t')), 't', slug, 'Territory');
  },

  async themes(ctx: Context): Promise<ThemeType[]> {
    return (await ctx.knex('theme as t').select(themeColumns('t')).orderByRaw(foldedText('t.name'))) as ThemeType[];
  },
};
