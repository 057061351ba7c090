import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Person } from '../people/person.entity.js';
import { Organization } from './organization.entity.js';

/**
 * A link a manager hands someone to join the organization: single use, short-lived. Only the
 * token's hash is stored, so the table read by someone else gives no working link.
 */
@Entity({ tableName: 'organization_invitation' })
export class Invitation extends BaseEntity {
  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade', index: true })
  organization!: Organization;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  /** The manager who made it. */
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade' })
  invitedBy!: Person;

  /** Where the link was mailed, if it was; it is not a condition of acceptance. */
  @Property({ type: 'text', nullable: true })
  email?: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt?: Date;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  acceptedBy?: Person;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;
}
