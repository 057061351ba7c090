import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { byId, grouped } from '../shared/loader.js';
import { portraitColumns, type PortraitType } from '../portraits/portrait.type.js';
import { workshopColumns, type WorkshopType } from '../workshops/workshop.type.js';
import { storyColumns, type StoryType } from './story.type.js';

type Keyed<T> = T & { _key: string };

/** A story's links as its draft document names them: raw ids, whoever may see them. */
export interface StoryLinkRow {
  _key: string;
  kind: 'portrait' | 'finding' | 'workshop';
  id: string;
}

export function createStoryLoaders(knex: Knex, viewer: Viewer) {
  const stories = () => visible.story(knex('story as s').select(storyColumns('s')), 's', viewer);
  return {
    storyById: byId<StoryType>((ids) => stories().whereIn('s.id', ids)),
    storiesByPortrait: grouped<Keyed<StoryType>>((keys) =>
      stories()
        .join('story_portrait as sp', 'sp.story_id', 's.id')
        .select('sp.portrait_id as _key')
        .whereIn('sp.portrait_id', keys)
        .orderBy('s.published_at', 'desc'),
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
    portraitsByStory: grouped<Keyed<PortraitType>>((keys) =>
      visible
        .portrait(knex('portrait as p').select(portraitColumns('p')), 'p', viewer)
        .join('story_portrait as sp', 'sp.portrait_id', 'p.id')
        .select('sp.story_id as _key')
        .whereIn('sp.story_id', keys)
        .orderBy('p.name'),
    ),
    workshopsByStory: grouped<Keyed<WorkshopType>>((keys) =>
      visible
        .workshop(knex('workshop as w').select(workshopColumns('w')), 'w', viewer)
        .join('story_workshop as sw', 'sw.workshop_id', 'w.id')
        .select('sw.story_id as _key')
        .whereIn('sw.story_id', keys)
        .orderBy('w.starts_at', 'desc'),
    ),
    /** Read only for a story's editors and staff (its draft's fallback), never shown as such to others. */
    linksOfStory: grouped<StoryLinkRow>((keys) =>
      knex
        .select(knex.raw("story_id as _key, 'portrait' as kind, portrait_id as id"))
        .from('story_portrait')
        .whereIn('story_id', keys)
        .unionAll((u) => {
          u.select(knex.raw("story_id as _key, 'finding' as kind, finding_id as id"))
            .from('story_finding')
            .whereIn('story_id', keys);
        })
        .unionAll((u) => {
          u.select(knex.raw("story_id as _key, 'workshop' as kind, workshop_id as id"))
            .from('story_workshop')
            .whereIn('story_id', keys);
        }),
    ),
  };
}
