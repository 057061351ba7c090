import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../shared/payload.js';
import { PortraitType } from '../portraits/portrait.type.js';

@ObjectType('SpawnProjectIdeaPayload', { description: 'Result of turning a retained finding into a project idea.' })
export class SpawnProjectIdeaPayload {
  @Field(() => PortraitType, {
    nullable: true,
    description: 'The project idea: a published portrait at stage UNCLAIMED_IDEA answering the finding.',
  })
  portrait?: PortraitType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}
