import { ArgsType, Field, Int } from 'type-graphql';
import { Max, MaxLength, Min } from 'class-validator';
import { PlatformRole } from './person.entity.js';

@ArgsType()
export class PeopleArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of a name or an e-mail address; case and accents do not matter.',
  })
  @MaxLength(200)
  search?: string;

  @Field(() => PlatformRole, { nullable: true, description: 'Only people with this platform role.' })
  role?: PlatformRole;

  @Field(() => Int, { nullable: true, description: 'How many people after `after` (1–100; 20 when neither is given).' })
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return the people after this cursor (an `endCursor`).' })
  @MaxLength(2000)
  after?: string;

  @Field(() => Int, { nullable: true, description: 'How many people before `before` (1–100).' })
  @Min(1)
  @Max(100)
  last?: number;

  @Field(() => String, { nullable: true, description: 'Return the people before this cursor (a `startCursor`).' })
  @MaxLength(2000)
  before?: string;
}
