import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { Person } from '../people/person.entity.js';
import { Image } from '../media/image.entity.js';

export enum OrganizationKind {
  PUBLIC_BODY = 'PUBLIC_BODY',
  ASSOCIATION = 'ASSOCIATION',
  COMPANY = 'COMPANY',
  SOCIAL_LANDLORD = 'SOCIAL_LANDLORD',
  SUPPORT_NETWORK = 'SUPPORT_NETWORK',
  FUNDER = 'FUNDER',
  RESIDENTS_COLLECTIVE = 'RESIDENTS_COLLECTIVE',
}

@Entity({ tableName: 'organization' })
export class Organization extends BaseEntity<'membersMayCoSign' | 'version'> {
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => OrganizationKind, type: 'text' })
  kind!: OrganizationKind;

  @Property({ type: 'text', default: '' })
  description: string = '';

  @Property({ type: 'text', nullable: true })
  website?: string;

  @Property({ type: 'text', nullable: true })
  commune?: string;

  @ManyToOne({ entity: () => Territory, nullable: true, deleteRule: 'set null', index: true })
  territory?: Territory;

  /** Its members may co-sign findings of a diagnosis on its behalf. */
  @Property({ type: 'boolean', default: false })
  membersMayCoSign: boolean = false;

  /** Public contact of the organization (not a member's own address). */
  @Property({ type: 'text', nullable: true })
  contactEmail?: string;

  @Property({ type: 'text', nullable: true })
  phone?: string;

  @Property({ type: 'text', nullable: true })
  postalAddress?: string;

  /** Its logo: public once set, as its profile is. */
  @ManyToOne({ entity: () => Image, nullable: true, deleteRule: 'set null' })
  logo?: Image | null;

  /** Optimistic concurrency: a profile edit names the version it started from. */
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** What a member may do in the organization: managers edit it and admit people. */
export enum MembershipAccess {
  MEMBER = 'MEMBER',
  MANAGER = 'MANAGER',
}

/** A person's place in an organization: their title ("chargée de mission", "directeur"…) and access. */
@Entity({ tableName: 'membership' })
export class Membership {
  [PrimaryKeyProp]?: ['organization', 'person'];
  [OptionalProps]?: 'access' | 'createdAt';

  @ManyToOne({ entity: () => Organization, primary: true, deleteRule: 'cascade' })
  organization!: Organization;

  @ManyToOne({ entity: () => Person, primary: true, deleteRule: 'cascade', index: true })
  person!: Person;

  /** Their title, in the organization's words (may be empty). */
  @Property({ type: 'text' })
  role!: string;

  @Enum({ items: () => MembershipAccess, type: 'text', default: MembershipAccess.MEMBER })
  access: MembershipAccess = MembershipAccess.MEMBER;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
