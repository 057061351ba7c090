import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { columnsFor, timestamps, type RowFrom } from '../shared/rows.js';
import { Person, PlatformRole } from './person.entity.js';

registerEnumType(PlatformRole, {
  name: 'PlatformRole',
  description: 'What a person may do on the platform.',
  valuesConfig: {
    RESIDENT: { description: 'Reads portraits and stories; joins live workshops.' },
    STAKEHOLDER: { description: 'A member of an organization; contributes to workshops and the diagnosis.' },
    COORDINATOR: { description: 'Runs and moderates workshops; validates the diagnosis.' },
    ADMIN: { description: 'Grants roles and manages the hub.' },
  },
});

/** A person as others see them: never the email address, nor the password hash. */
export const personColumns = columnsFor(Person, { omit: [...timestamps, 'email', 'passwordHash'] });

// The GraphQL class declares the fields; the interface of the same name adds the rest of the row.
export interface PersonType extends RowFrom<typeof personColumns> {}
@ObjectType('Person', {
  implements: Node,
  description: 'A person taking part in the hub. Email addresses are never exposed.',
})
export class PersonType extends Node {
  @Field(() => String, { description: 'Name shown publicly.' })
  displayName!: string;

  @Field(() => PlatformRole, { description: 'Platform role.' })
  role!: PlatformRole;

  @Field(() => String, { description: 'Short presentation.' })
  bio!: string;

  @Field(() => Boolean, { description: 'True for invented demo accounts.' })
  isDemo!: boolean;
}
