import type { Context } from '../shared/context.js';
import { foldedText, paginate, type PageArgs, type SortSpec } from '../shared/pagination.js';
import { likePattern, oneBySlug } from '../shared/sql.js';
import { visible } from '../shared/visibility.js';
import { fundingTotals } from './portrait.funding.js';
import { preloadPortraitRelations } from './portrait.preload.js';
import { portraitColumns, type FundingLineType, type FundingSummaryType, type PortraitType } from './portrait.type.js';
import { PortraitSort, type PortraitFilter } from './portrait.inputs.js';

const sorts: Record<PortraitSort, SortSpec> = {
  [PortraitSort.NAME]: { expression: foldedText('p.name'), kind: 'text', direction: 'asc' },
  [PortraitSort.NEWEST]: { expression: 'coalesce(p.published_at, p.created_at)', kind: 'date', direction: 'desc' },
  [PortraitSort.START_YEAR]: { expression: 'coalesce(p.start_year, 0)', kind: 'number', direction: 'desc' },
};

export const portraitService = {
  list(ctx: Context, filter: PortraitFilter | undefined, sort: PortraitSort, page: PageArgs, requested: Set<string>) {
    const { knex } = ctx;
    const query = visible.portrait(knex('portrait as p').select(portraitColumns('p')), 'p', ctx.viewer);
    if (filter?.territory)
      query.whereIn('p.territory_id', knex('territory').select('id').where('slug', filter.territory));
    if (filter?.stage) query.where('p.stage', filter.stage);
    if (typeof filter?.featured === 'boolean') query.where('p.is_featured', filter.featured);
    if (filter?.theme) {
      query.whereIn(
        'p.id',
        knex('portrait_theme as pt')
          .join('theme as th', 'th.id', 'pt.theme_id')
          .select('pt.portrait_id')
          .where('th.slug', filter.theme),
      );
    }
    if (filter?.search) {
      const pattern = likePattern(filter.search);
      query.where((w) => {
        w.whereILike('p.name', pattern).orWhereILike('p.summary', pattern).orWhereILike('p.commune', pattern);
      });
    }
    // The count query clears the select list, preloaded relations included.
    return paginate<PortraitType>(
      knex,
      preloadPortraitRelations(knex, query, requested, ctx.viewer),
      'p',
      sorts[sort],
      page,
    );
  },

  bySlug(ctx: Context, slug: string): Promise<PortraitType> {
    return oneBySlug<PortraitType>(
      visible.portrait(ctx.knex('portrait as p').select(portraitColumns('p')), 'p', ctx.viewer),
      'p',
      slug,
      'Portrait',
    );
  },

  /** Totals of a funding mix (see `fundingTotals`). */
  summarize(budgetTotal: string | null, lines: FundingLineType[]): FundingSummaryType {
    return fundingTotals(budgetTotal, lines);
  },
};
