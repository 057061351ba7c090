import { Field, ObjectType } from 'type-graphql';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import { Person } from '../people/person.entity.js';
import { Registration } from './registration.entity.js';

/** What the coordinators' list shows of a registrant: their name and address, as they gave them. */
export const registrantColumns = columnsFor(Person, {
  only: ['id', 'displayName', 'email'],
  rename: { id: 'personId' },
});
export const registrationColumns = columnsFor(Registration, {
  only: ['createdAt'],
  rename: { createdAt: 'registeredAt' },
});

export interface RegistrationType extends RowFrom<typeof registrantColumns>, RowFrom<typeof registrationColumns> {
  organizationName: string | null;
}
@ObjectType('WorkshopRegistration', {
  description: 'Someone registered for a workshop, as its coordinators see them (and only they).',
})
export class RegistrationType {
  @Field(() => String, { description: 'Name shown on the platform.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Email address, to reach them about the workshop.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'An organization they belong to (the first by name), if any.' })
  organizationName!: string | null;

  @Field(() => Date, { description: 'When they registered.' })
  registeredAt!: Date;
}
