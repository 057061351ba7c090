import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { DiagnosisStatus, FindingPriority, FindingStatus } from './diagnosis.entity.js';

registerEnumType(DiagnosisStatus, {
  name: 'DiagnosisStatus',
  description: 'Where a shared diagnosis stands.',
  valuesConfig: {
    DRAFT: { description: 'Being built; visible to coordinators only.' },
    IN_REVIEW: { description: 'Open for the stakeholders to review.' },
    VALIDATED: { description: 'Validated by a coordinator.' },
  },
});
registerEnumType(FindingPriority, { name: 'FindingPriority', description: 'How urgent the need is, as agreed.' });
registerEnumType(FindingStatus, {
  name: 'FindingStatus',
  description: 'What has become of a finding.',
  valuesConfig: {
    PROPOSED: { description: 'Put forward, not yet agreed.' },
    CONFIRMED: { description: 'Agreed by the stakeholders.' },
    IN_PROGRESS: { description: 'A project is under way to answer it.' },
    ADDRESSED: { description: 'Answered by a project.' },
  },
});

@ObjectType('Diagnosis', { implements: Node, description: 'The shared diagnosis of a territory for a period.' })
export class DiagnosisType extends Node {
  @Field(() => String, { description: 'Stable, URL-safe identifier.' })
  slug!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'Summary of the diagnosis.' })
  summary!: string;

  @Field(() => String, { description: 'First day of the period (YYYY-MM-DD).' })
  periodStart!: string;

  @Field(() => String, { description: 'Last day of the period (YYYY-MM-DD).' })
  periodEnd!: string;

  @Field(() => DiagnosisStatus, { description: 'Where it stands.' })
  status!: DiagnosisStatus;

  @Field(() => Date, { nullable: true, description: 'When it was validated.' })
  validatedAt!: Date | null;

  @Field(() => Boolean, { description: 'True for invented demo content.' })
  isDemo!: boolean;

  territoryId!: string;
  validatedById!: string | null;
}

@ObjectType('Finding', {
  implements: Node,
  description: 'A statement of the diagnosis, with the contributions behind it.',
})
export class FindingType extends Node {
  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => String, { description: 'The statement, as agreed.' })
  statement!: string;

  @Field(() => FindingPriority, { description: 'Priority.' })
  priority!: FindingPriority;

  @Field(() => FindingStatus, { description: 'What has become of it.' })
  status!: FindingStatus;

  @Field(() => Int, { description: 'Order within the diagnosis.' })
  position!: number;

  diagnosisId!: string;
}

export const diagnosisColumns = (a: string) => [
  `${a}.id`,
  `${a}.slug`,
  `${a}.title`,
  `${a}.summary`,
  `${a}.status`,
  `${a}.validated_at as validatedAt`,
  `${a}.is_demo as isDemo`,
  `${a}.territory_id as territoryId`,
  `${a}.validated_by_id as validatedById`,
];
export const findingColumns = (a: string) => [
  `${a}.id`,
  `${a}.title`,
  `${a}.statement`,
  `${a}.priority`,
  `${a}.status`,
  `${a}.position`,
  `${a}.diagnosis_id as diagnosisId`,
];
