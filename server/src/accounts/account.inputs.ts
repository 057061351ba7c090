import { Field, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { passwordLimits } from './password.js';

export const displayNameLimits = { min: 2, max: 60 };

// Lengths are capped here, before any hashing: a 1 MB "password" is refused at validation.
@InputType({ description: 'A new account.' })
export class SignUpInput {
  @Field(() => String, {
    description:
      'Email address, used to sign in; never shown. Stored trimmed, in Unicode NFKC, lower case, with its domain in ASCII; invisible characters are refused.',
  })
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: `${passwordLimits.min} to ${passwordLimits.max} characters.` })
  @MaxLength(256)
  password!: string;

  @Field(() => String, {
    description: `Name shown publicly (${displayNameLimits.min}–${displayNameLimits.max} characters).`,
  })
  @MaxLength(200)
  displayName!: string;
}

@InputType({ description: 'Email and password.' })
export class SignInInput {
  @Field(() => String)
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @MaxLength(256)
  password!: string;
}
