import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Person } from '../people/person.entity.js';
import { Organization, OrganizationKind } from './organization.entity.js';
import { RequestState } from './join-request.entity.js';

/** A stakeholder asks for an organization to be created; an admin approves (it is made) or declines. */
@Entity({ tableName: 'organization_request' })
export class OrganizationRequest extends BaseEntity<'state' | 'description' | 'note'> {
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade', index: true })
  requester!: Person;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => OrganizationKind, type: 'text' })
  kind!: OrganizationKind;

  @Property({ type: 'text', default: '' })
  description: string = '';

  @Property({ type: 'text', nullable: true })
  website?: string;

  @Enum({ items: () => RequestState, type: 'text', default: RequestState.PENDING })
  state: RequestState = RequestState.PENDING;

  /** The admin's word on the decision, shown to the requester. */
  @Property({ type: 'text', default: '' })
  note: string = '';

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  decidedBy?: Person;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date;

  /** The organization made on approval. */
  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: 'set null' })
  organization?: Organization;
}
