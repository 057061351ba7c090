import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from './viewer.js';
import type { Row } from './node.js';
import type { Loaders } from './context.js';
import type { EventFamily } from '../live/stream.kinds.js';

/** What `node(id:)` asks of a type's loader; each one applies the type's visibility rule. */
export interface NodeLoader {
  load(id: string): Promise<Row | null>;
}

/**
 * A feature folder, as its index.ts hands it to the one list of features (features.ts): adding
 * a feature touches its folder and that list, nothing else.
 */
export interface Feature {
  /** MikroORM entities: the tables it owns. */
  entities: readonly (new (...args: never[]) => object)[];
  /** type-graphql resolver classes. */
  resolvers: readonly (new (...args: never[]) => object)[];
  /** Batch loaders, created for each request. */
  loaders?: (knex: Knex, viewer: Viewer) => object;
  /** GraphQL types `node(id:)` fetches, each with its loader. */
  nodes?: Record<string, (loaders: Loaders) => NodeLoader>;
  /** The events it appends to streams: what they carry, and who may see them (`<feature>.events.ts`). */
  streams?: readonly EventFamily[];
}
