import { Entity, ManyToOne, OptionalProps, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Person } from '../people/person.entity.js';
import { Workshop } from './workshop.entity.js';

/**
 * A person's registration for an upcoming workshop. The primary key (workshop, person) decides
 * races, as a vote's does: one person is registered once however many requests arrive together.
 */
@Entity({ tableName: 'workshop_registration' })
export class Registration {
  [PrimaryKeyProp]?: ['workshop', 'person'];
  [OptionalProps]?: 'createdAt';

  @ManyToOne({ entity: () => Workshop, primary: true, deleteRule: 'cascade' })
  workshop!: Workshop;

  @ManyToOne({ entity: () => Person, primary: true, deleteRule: 'cascade', index: true })
  person!: Person;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
