import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import { byId, grouped } from '../shared/loader.js';
import { foldedText } from '../shared/pagination.js';
import {
  fundingLineColumns,
  indicatorColumns,
  portraitColumns,
  portraitPartnerColumns,
  stageEventColumns,
  type FundingLineType,
  type IndicatorType,
  type PortraitPartnerType,
  type PortraitType,
  type StageEventType,
} from './portrait.type.js';
import { portraitImageColumns, type PortraitImageRow } from './portrait-image.type.js';

type Keyed<T> = T & { _key: string };

export function createPortraitLoaders(knex: Knex, viewer: Viewer) {
  const portraits = () => visible.portrait(knex('portrait as p').select(portraitColumns('p')), 'p', viewer);
  return {
    portraitById: byId<PortraitType>((ids) => portraits().whereIn('p.id', ids)),
    portraitsByTerritory: grouped<Keyed<PortraitType>>((keys) =>
      portraits().select('p.territory_id as _key').whereIn('p.territory_id', keys).orderByRaw(foldedText('p.name')),
    ),
    replicationsByPortrait: grouped<Keyed<PortraitType>>((keys) =>
      portraits()
        .select('p.replicated_from_id as _key')
        .whereIn('p.replicated_from_id', keys)
        .orderByRaw(foldedText('p.name')),
    ),
    indicatorsByPortrait: grouped<Keyed<IndicatorType>>((keys) =>
      knex('indicator as i')
        .select(...indicatorColumns('i'), 'i.portrait_id as _key')
        .whereIn('i.portrait_id', keys)
        .orderBy(['i.position', 'i.label']),
    ),
    fundingByPortrait: grouped<Keyed<FundingLineType>>((keys) =>
      knex('funding_line as f')
        .select(...fundingLineColumns('f'), 'f.portrait_id as _key')
        .whereIn('f.portrait_id', keys)
        .orderBy(['f.position', 'f.label']),
    ),
    partnersByPortrait: grouped<Keyed<PortraitPartnerType>>((keys) =>
      knex('portrait_partner as pp')
        .join('organization as o', 'o.id', 'pp.organization_id')
        .select(...portraitPartnerColumns('pp'), 'pp.portrait_id as _key')
        .whereIn('pp.portrait_id', keys)
        .orderByRaw(`array_position(array['CARRIER','FUNDER','PARTNER','SUPPORT'], pp.role), o.name`),
    ),
    partnershipsByOrganization: grouped<Keyed<PortraitPartnerType>>((keys) =>
      visible
        .portrait(knex('portrait_partner as pp').join('portrait as p', 'p.id', 'pp.portrait_id'), 'p', viewer)
        .select(...portraitPartnerColumns('pp'), 'pp.organization_id as _key')
        .whereIn('pp.organization_id', keys)
        .orderByRaw(foldedText('p.name')),
    ),
    /** The published edition's images (ids and alt texts); the images themselves through `imageById`. */
    imagesByPortrait: grouped<Keyed<PortraitImageRow>>((keys) =>
      knex('portrait_image as pi')
        .select(...portraitImageColumns('pi'), 'pi.portrait_id as _key')
        .whereIn('pi.portrait_id', keys)
        .orderBy('pi.position'),
    ),
    stageHistoryByPortrait: grouped<Keyed<StageEventType>>((keys) =>
      knex('stage_event as s')
        .select(...stageEventColumns('s'), 's.portrait_id as _key')
        .whereIn('s.portrait_id', keys)
        .orderBy(['s.occurred_on', 's.created_at']),
    ),
  };
}
