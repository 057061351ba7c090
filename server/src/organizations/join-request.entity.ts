import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Person } from '../people/person.entity.js';
import { Organization } from './organization.entity.js';

export enum RequestState {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

/** Someone asks to become a member; a manager accepts or declines. One per person and organization. */
@Entity({ tableName: 'join_request' })
@Unique({ properties: ['organization', 'person'] })
export class JoinRequest extends BaseEntity<'state' | 'message'> {
  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade', index: true })
  organization!: Organization;

  @ManyToOne({ entity: () => Person, deleteRule: 'cascade', index: true })
  person!: Person;

  /** What the person says of themselves to the managers. */
  @Property({ type: 'text', default: '' })
  message: string = '';

  @Enum({ items: () => RequestState, type: 'text', default: RequestState.PENDING })
  state: RequestState = RequestState.PENDING;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'set null' })
  decidedBy?: Person;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date;
}
