import { randomUUID } from 'node:crypto';
import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Every table has a UUID key and creation/update times. `Defaulted` names a subclass's own
 * properties that have a default, so that `em.create` may leave them out as it may these.
 */
export abstract class BaseEntity<Defaulted extends string = never> {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | Defaulted;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
