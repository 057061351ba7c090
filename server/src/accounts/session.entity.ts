import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Person } from '../people/person.entity.js';
import { Workshop } from '../workshops/workshop.entity.js';

/** Someone taking part in one live workshop with a code and a display name, without an account. */
@Entity({ tableName: 'guest' })
export class Guest extends BaseEntity {
  @ManyToOne({ entity: () => Workshop, deleteRule: 'cascade', index: true })
  workshop!: Workshop;

  @Property({ type: 'text' })
  displayName!: string;
}

/**
 * A signed-in browser. Only a hash of the cookie's token is stored, so a copy of the table does
 * not let anyone sign in.
 */
@Entity({ tableName: 'session' })
export class Session extends BaseEntity {
  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'cascade', index: true })
  person?: Person;

  @ManyToOne({ entity: () => Guest, nullable: true, deleteRule: 'cascade', index: true })
  guest?: Guest;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;
}

/**
 * Sign-in attempts per key (see `sign-in-throttle.ts`): an email with a client, or a client alone,
 * both hashed. Counted whether or not an account has the email, so lockouts reveal nothing.
 */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottle {
  [OptionalProps]?: 'attempts' | 'updatedAt';

  @PrimaryKey({ type: 'text' })
  key!: string;

  /** Attempts of the current series not given back by a success. */
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', index: true })
  updatedAt: Date = new Date();
}

/**
 * A sign-up waiting for its email to be confirmed. The account is created only from the link
 * mailed to the address, so nobody can take someone else's address with a password of their own.
 * Only a hash of the link's token is stored.
 */
@Entity({ tableName: 'pending_sign_up' })
export class PendingSignUp {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @Property({ type: 'text', index: true })
  email!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', index: true })
  expiresAt!: Date;
}
