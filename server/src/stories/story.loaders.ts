import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { byId, grouped } from '../shared/loader.js';
import { storyColumns, type StoryType } from './story.type.js';

type Keyed<T> = T & { _key: string };

export function createStoryLoaders(knex: Knex, viewer: Viewer) {
  const stories = () => visible.story(knex('story as s').select(storyColumns('s')), 's', viewer);
  return {
    storyById: byId<StoryType>((ids) => stories().whereIn('s.id', ids)),
    storiesByPortrait: grouped<Keyed<StoryType>>((keys) =>
      stories().select('s.portrait_id as _key').whereIn('s.portrait_id', keys).orderBy('s.published_at', 'desc'),
    ),
    storiesByTerritory: grouped<Keyed<StoryType>>((keys) =>
      stories().select('s.territory_id as _key').whereIn('s.territory_id', keys).orderBy('s.published_at', 'desc'),
    ),
    storiesByFinding: grouped<Keyed<StoryType>>((keys) =>
      stories()
        .join('story_finding as sf', 'sf.story_id', 's.id')
        .select('sf.finding_id as _key')
        .whereIn('sf.finding_id', keys)
        .orderBy('s.title'),
    ),
  };
}
