import type { Context } from '../shared/context.js';
import { oneBySlug } from '../shared/sql.js';
import { paginate, type PageArgs, type SortSpec } from '../shared/pagination.js';
import { visible } from '../shared/visibility.js';
import { WorkshopKind, WorkshopStatus } from './workshop.entity.js';
import { workshopColumns, type WorkshopType } from './workshop.type.js';
import { WorkshopSort, WorkshopTiming, type WorkshopFilter } from './workshop.inputs.js';

const sorts: Record<WorkshopSort, SortSpec> = {
  [WorkshopSort.LATEST]: { expression: 'w.starts_at', kind: 'date', direction: 'desc' },
  [WorkshopSort.SOONEST]: { expression: 'w.starts_at', kind: 'date', direction: 'asc' },
};

const statusesOf: Record<WorkshopTiming, WorkshopStatus[]> = {
  [WorkshopTiming.UPCOMING]: [WorkshopStatus.SCHEDULED],
  [WorkshopTiming.LIVE]: [WorkshopStatus.LIVE, WorkshopStatus.PAUSED],
  [WorkshopTiming.PAST]: [WorkshopStatus.CLOSED],
};

export const workshopService = {
  list(ctx: Context, filter: WorkshopFilter | undefined, sort: WorkshopSort, page: PageArgs) {
    const { knex } = ctx;
    // A consultation is reached from its diagnosis, not listed among the gatherings.
    const query = visible
      .workshop(knex('workshop as w').select(workshopColumns('w')), 'w', ctx.viewer)
      .whereNot('w.kind', WorkshopKind.CONSULTATION);
    if (filter?.territory)
      query.whereIn('w.territory_id', knex('territory').select('id').where('slug', filter.territory));
    if (filter?.kind) query.where('w.kind', filter.kind);
    if (filter?.status) query.where('w.status', filter.status);
    if (filter?.timing) query.whereIn('w.status', statusesOf[filter.timing]);
    if (filter?.theme) {
      query.whereIn(
        'w.id',
        knex('workshop_theme as wt')
          .join('theme as th', 'th.id', 'wt.theme_id')
          .select('wt.workshop_id')
          .where('th.slug', filter.theme),
      );
    }
    return paginate<WorkshopType>(knex, query, 'w', sorts[sort], page);
  },

  bySlug(ctx: Context, slug: string): Promise<WorkshopType> {
    return oneBySlug<WorkshopType>(
      visible.workshop(ctx.knex('workshop as w').select(workshopColumns('w')), 'w', ctx.viewer),
      'w',
      slug,
      'Workshop',
    );
  },
};
