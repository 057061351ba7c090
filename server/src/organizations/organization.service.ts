import type { Context } from '../shared/context.js';
import { likePattern, oneBySlug } from '../shared/sql.js';
import { foldedText, paginate, type PageArgs, type SortSpec } from '../shared/pagination.js';
import { organizationColumns, type OrganizationType } from './organization.type.js';
import { OrganizationSort, type OrganizationFilter } from './organization.inputs.js';

const sorts: Record<OrganizationSort, SortSpec> = {
  [OrganizationSort.NAME]: { expression: foldedText('o.name'), kind: 'text', direction: 'asc' },
};

export const organizationService = {
  list(ctx: Context, filter: OrganizationFilter | undefined, sort: OrganizationSort, page: PageArgs) {
    const query = ctx.knex('organization as o').select(organizationColumns('o'));
    if (filter?.kind) query.where('o.kind', filter.kind);
    if (filter?.territory) {
      query.whereIn('o.territory_id', ctx.knex('territory').select('id').where('slug', filter.territory));
    }
    if (filter?.search) query.whereILike('o.name', likePattern(filter.search));
    return paginate<OrganizationType>(ctx.knex, query, 'o', sorts[sort], page);
  },

  bySlug(ctx: Context, slug: string): Promise<OrganizationType> {
    return oneBySlug<OrganizationType>(
      ctx.knex('organization as o').select(organizationColumns('o')),
      'o',
      slug,
      'Organization',
    );
  },
};
