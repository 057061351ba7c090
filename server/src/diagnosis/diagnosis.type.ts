import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { columnsFor, timestamps, type RowFrom } from '../shared/rows.js';
import { Diagnosis, DiagnosisStatus, Finding, FindingPriority, FindingStatus } from './diagnosis.entity.js';

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

export const diagnosisColumns = columnsFor(Diagnosis, { omit: timestamps });
export const findingColumns = columnsFor(Finding, { omit: timestamps });

// The GraphQL classes declare their fields; the interfaces of the same name add the rest of their
// rows (the ids their field resolvers follow), typed from the entities.
export interface DiagnosisType extends RowFrom<typeof diagnosisColumns> {}
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
}

export interface FindingType extends RowFrom<typeof findingColumns> {}
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
}
