import { Entity, Enum, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';

export enum PlatformRole {
  RESIDENT = 'RESIDENT',
  STAKEHOLDER = 'STAKEHOLDER',
  COORDINATOR = 'COORDINATOR',
  ADMIN = 'ADMIN',
}

/** A person, and the account they sign in with when they have one (`email`). */
@Entity({ tableName: 'person' })
export class Person extends BaseEntity<'role' | 'bio' | 'isDemo'> {
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text', nullable: true, unique: true })
  email?: string;

  @Enum({ items: () => PlatformRole, type: 'text', default: PlatformRole.RESIDENT })
  role: PlatformRole = PlatformRole.RESIDENT;

  @Property({ type: 'text', default: '' })
  bio: string = '';

  /** argon2id hash; null for people without an account (or before they set a password). */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash?: string;

  /** Invented demo accounts and content are flagged so they can be told apart and removed. */
  @Property({ type: 'boolean', default: false })
  isDemo: boolean = false;
}
