import DataLoader from 'dataloader';
import type { Knex } from '@mikro-orm/postgresql';
import { ModerationActionKind } from '../moderation/moderation-action.entity.js';
import { toDate } from '../shared/scalars.js';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { byId, countByKey, grouped } from '../shared/loader.js';
import { personColumns, type PersonType } from '../people/person.type.js';
import { promptColumns, workshopColumns, type PromptType, type WorkshopType } from './workshop.type.js';
import { workshopStreamKind } from './workshop.events.js';
import { WorkshopKind } from './workshop.entity.js';

type Keyed<T> = T & { _key: string };

export function createWorkshopLoaders(knex: Knex, viewer: Viewer) {
  const workshops = () => visible.workshop(knex('workshop as w').select(workshopColumns('w')), 'w', viewer);
  const prompts = () =>
    visible.workshop(
      knex('prompt as pr').join('workshop as w', 'w.id', 'pr.workshop_id').select(promptColumns('pr')),
      'w',
      viewer,
    );
  return {
    workshopById: byId<WorkshopType>((ids) => workshops().whereIn('w.id', ids)),
    /** A territory's gatherings; its diagnoses' consultations are reached from the diagnoses. */
    workshopsByTerritory: grouped<Keyed<WorkshopType>>((keys) =>
      workshops()
        .select('w.territory_id as _key')
        .whereIn('w.territory_id', keys)
        .whereNot('w.kind', WorkshopKind.CONSULTATION)
        .orderBy('w.starts_at', 'desc'),
    ),
    promptById: byId<PromptType>((ids) => prompts().whereIn('pr.id', ids)),
    promptsByWorkshop: grouped<Keyed<PromptType>>((keys) =>
      prompts().select('pr.workshop_id as _key').whereIn('pr.workshop_id', keys).orderBy('pr.position'),
    ),
    /** The number of each workshop's last event (0 before its first). */
    lastSeqByWorkshop: countByKey((keys) =>
      knex('stream').select('key as _key', 'last_seq as count').where('kind', workshopStreamKind).whereIn('key', keys),
    ),
    /** When each workshop's session last closed, from the moderation log (null: it never did). */
    lastClosedAtByWorkshop: new DataLoader<string, Date | null>(async (keys) => {
      const rows = (await knex('moderation_action')
        .select('workshop_id as _key')
        .max('created_at as at')
        .where('action', ModerationActionKind.CLOSE)
        .whereIn('workshop_id', keys)
        .groupBy('workshop_id')) as { _key: string; at: Date | string | null }[];
      const found = new Map(rows.map((row) => [row._key, toDate(row.at)]));
      return keys.map((key) => found.get(key) ?? null);
    }),
    coordinatorsByWorkshop: grouped<Keyed<PersonType>>((keys) =>
      knex('workshop_coordinator as wc')
        .join('person as p', 'p.id', 'wc.person_id')
        .select(...personColumns('p'), 'wc.workshop_id as _key')
        .whereIn('wc.workshop_id', keys)
        .orderBy('p.display_name'),
    ),
  };
}
