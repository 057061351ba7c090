import type { Context } from '../shared/context.js';
import { oneBySlug } from '../shared/sql.js';
import { foldedText, paginate, type PageArgs, type SortSpec } from '../shared/pagination.js';
import { visible } from '../shared/visibility.js';
import { storyColumns, type StoryType } from './story.type.js';
import { StorySort, type StoryFilter } from './story.inputs.js';

const sorts: Record<StorySort, SortSpec> = {
  [StorySort.NEWEST]: { expression: 'coalesce(s.published_at, s.created_at)', kind: 'date', direction: 'desc' },
  [StorySort.TITLE]: { expression: foldedText('s.title'), kind: 'text', direction: 'asc' },
};

export const storyService = {
  list(ctx: Context, filter: StoryFilter | undefined, sort: StorySort, page: PageArgs) {
    const { knex } = ctx;
    const query = visible.story(knex('story as s').select(storyColumns('s')), 's', ctx.viewer);
    if (filter?.territory)
      query.whereIn('s.territory_id', knex('territory').select('id').where('slug', filter.territory));
    if (filter?.portrait) {
      // Through the portraits the viewer sees: a hidden one's slug finds nothing, as an unknown one.
      const portraits = visible.portrait(
        knex('portrait as p').select('p.id').where('p.slug', filter.portrait),
        'p',
        ctx.viewer,
      );
      query.whereIn('s.portrait_id', portraits);
    }
    if (filter?.kind) query.where('s.kind', filter.kind);
    return paginate<StoryType>(knex, query, 's', sorts[sort], page);
  },

  bySlug(ctx: Context, slug: string): Promise<StoryType> {
    return oneBySlug<StoryType>(
      visible.story(ctx.knex('story as s').select(storyColumns('s')), 's', ctx.viewer),
      's',
      slug,
      'Story',
    );
  },
};
