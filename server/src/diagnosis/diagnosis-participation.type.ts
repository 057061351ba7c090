import { Field, Int, ObjectType } from 'type-graphql';
import { OrganizationKind } from '../organizations/organization.entity.js';

/** Who took part in a diagnosis: resolved field by field, each from its own batched query. */
@ObjectType('DiagnosisParticipation', {
  description:
    'Who took part, over the workshops linked to the diagnosis and its consultation; published contributions only.',
})
export class DiagnosisParticipation {
  /** The diagnosis measured. */
  diagnosisId!: string;
}

@ObjectType('OrganizationKindCount', { description: 'Organizations of one kind.' })
export class OrganizationKindCount {
  @Field(() => OrganizationKind, { description: 'The kind.' })
  kind!: OrganizationKind;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType('MonthCount', { description: 'Published contributions of one month.' })
export class MonthCount {
  @Field(() => String, { description: 'The month, YYYY-MM (Paris time).' })
  month!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType('MatrixCell', {
  description: 'One theme in one neighbourhood (or in none): the retained findings there and their weight of evidence.',
})
export class MatrixCell {
  // Ids, as the matrix's loader builds the cell; its field resolvers follow them.
  themeId!: string;
  neighbourhoodId!: string | null;
  findingIds!: string[];

  @Field(() => Int, { description: 'Published contributions behind the cell’s findings, each counted once.' })
  evidenceCount!: number;
}
