import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from './shared/viewer.js';
import type { Feature, NodeLoader } from './shared/feature.js';
import type { Loaders } from './shared/context.js';
import { StreamKinds } from './live/stream.kinds.js';
import { territories } from './territories/index.js';
import { people } from './people/index.js';
import { organizations } from './organizations/index.js';
import { workshops } from './workshops/index.js';
import { contributions } from './contributions/index.js';
import { moderation } from './moderation/index.js';
import { accounts } from './accounts/index.js';
import { live } from './live/index.js';
import { diagnosis } from './diagnosis/index.js';
import { findings } from './findings/index.js';
import { authoring } from './authoring/index.js';
import { stories } from './stories/index.js';
import { portraits } from './portraits/index.js';
import { limits } from './limits/index.js';
import { media } from './media/index.js';
import { review } from './review/index.js';

/** The one list of features: their entities, resolvers, loaders, node types and streams are wired from here. */
export const features: readonly Feature[] = [
  territories,
  people,
  organizations,
  workshops,
  contributions,
  moderation,
  accounts,
  live,
  diagnosis,
  findings,
  authoring,
  stories,
  portraits,
  limits,
  review,
  media,
];

/** Every MikroORM entity, listed explicitly: no folder scanning at start-up. */
export const entities = features.flatMap((f) => f.entities);

export const resolvers = features.flatMap((f) => f.resolvers);

export function createLoaders(knex: Knex, viewer: Viewer): Loaders {
  return Object.assign({}, ...features.map((f) => f.loaders?.(knex, viewer) ?? {})) as Loaders;
}

/** Every feature's event families: live/ delivers them without importing any feature. */
export const streamKinds = new StreamKinds(features.flatMap((f) => f.streams ?? []));

/** The loader of each type `node(id:)` fetches. A Map: the type comes from the client ("__proto__"…). */
export const nodeLoaders = new Map<string, (loaders: Loaders) => NodeLoader>(
  features.flatMap((f) => Object.entries(f.nodes ?? {})),
);
