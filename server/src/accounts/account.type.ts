import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { PlatformRole } from '../people/person.entity.js';
import { PersonType } from '../people/person.type.js';
import { UserError } from '../shared/payload.js';
import { WorkshopType } from '../workshops/workshop.type.js';
import type { Viewer } from '../shared/viewer.js';

export enum ViewerKind {
  PERSON = 'PERSON',
  GUEST = 'GUEST',
}
registerEnumType(ViewerKind, {
  name: 'ViewerKind',
  description: 'How the viewer is known.',
  valuesConfig: {
    PERSON: { description: 'Signed in with an account.' },
    GUEST: { description: 'Joined one live workshop with its code, without an account.' },
  },
});

/** The signed-in person or guest; resolved by AccountResolver's field resolvers. */
@ObjectType('Viewer', { description: 'Who is signed in: a person, or a guest of one workshop.' })
export class ViewerType {
  @Field(() => ViewerKind, { description: 'Person or guest.' })
  kind!: ViewerKind;

  @Field(() => String, { description: 'Name shown to others.' })
  displayName!: string;

  @Field(() => PlatformRole, { nullable: true, description: 'Platform role (people only).' })
  role!: PlatformRole | null;

  personId!: string | null;
  guestWorkshopId!: string | null;
}

export function viewerType(viewer: Viewer): ViewerType | null {
  if (viewer.kind === 'anonymous') return null;
  return viewer.kind === 'person'
    ? {
        kind: ViewerKind.PERSON,
        displayName: viewer.displayName,
        role: viewer.role,
        personId: viewer.personId,
        guestWorkshopId: null,
      }
    : {
        kind: ViewerKind.GUEST,
        displayName: viewer.displayName,
        role: null,
        personId: null,
        guestWorkshopId: viewer.workshopId,
      };
}

@ObjectType('AuthPayload', { description: 'Result of signing in, or of confirming a sign-up.' })
export class AuthPayload {
  @Field(() => ViewerType, { nullable: true, description: 'Who is now signed in.' })
  viewer?: ViewerType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('SignUpPayload', {
  description:
    'Result of asking for an account. The same whether or not the address has one already: the next step is in the mail sent to it.',
})
export class SignUpPayload {
  @Field(() => Boolean, {
    description:
      'A message went to the address: a link that creates the account or, when the address has an account already, a notice saying so. False when there is something to fix.',
  })
  confirmationSent!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The address the message went to, as it is stored (trimmed, lower case, domain in ASCII).',
  })
  email?: string | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('JoinPayload', { description: 'Result of joining a workshop with its code.' })
export class JoinPayload {
  @Field(() => ViewerType, { nullable: true, description: 'The guest (or person) now taking part.' })
  viewer?: ViewerType | null;

  @Field(() => WorkshopType, { nullable: true, description: 'The workshop joined.' })
  workshop?: WorkshopType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType('PersonPayload', { description: 'Result of changing a person.' })
export class PersonPayload {
  @Field(() => PersonType, { nullable: true })
  person?: PersonType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}
