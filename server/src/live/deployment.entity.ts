import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row naming this deployment. Deployments that share a Redis server (test runs, staging and
 * production, two cities) must never hear each other's live events: their channels are named
 * after this id, not after anything two databases could have in common.
 */
@Entity({ tableName: 'deployment' })
export class Deployment {
  /** Always true: the primary key allows one row, whichever node starts first. */
  @PrimaryKey({ type: 'boolean', default: true })
  singleton: boolean = true;

  @Property({ type: 'text' })
  instanceId!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
