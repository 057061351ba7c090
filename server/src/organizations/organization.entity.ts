import { Entity, Enum, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { Person } from '../people/person.entity.js';

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
export class Organization extends BaseEntity<'membersMayCoSign'> {
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
}

/** A person's role in an organization ("chargée de mission", "directeur"…). */
@Entity({ tableName: 'membership' })
export class Membership {
  [PrimaryKeyProp]?: ['organization', 'person'];

  @ManyToOne({ entity: () => Organization, primary: true, deleteRule: 'cascade' })
  organization!: Organization;

  @ManyToOne({ entity: () => Person, primary: true, deleteRule: 'cascade', index: true })
  person!: Person;

  @Property({ type: 'text' })
  role!: string;
}
