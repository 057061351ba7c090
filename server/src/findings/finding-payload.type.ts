import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../shared/payload.js';
import { FindingType } from './finding.type.js';

@ObjectType('FindingPayload', { description: 'Result of an action on a finding.' })
export class FindingPayload {
  @Field(() => FindingType, {
    nullable: true,
    description:
      'The finding after the action (for a merge, the one kept). Null with user errors, but with FINDING_CHANGED: ' +
      'then the finding as it now is (its text, version and who changed it), nothing saved.',
  })
  finding?: FindingType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}
