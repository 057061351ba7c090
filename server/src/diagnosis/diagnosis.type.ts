import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { columnsFor, timestamps, type RowFrom } from '../shared/rows.js';
import { Diagnosis, DiagnosisStatus } from './diagnosis.entity.js';

registerEnumType(DiagnosisStatus, {
  name: 'DiagnosisStatus',
  description: 'Where a shared diagnosis stands.',
  valuesConfig: {
    DRAFT: { description: 'Being written; seen by its coordinators only.' },
    CONSULTATION: { description: 'Public: people contribute, comment, support and co-sign its findings.' },
    VALIDATED: { description: 'Agreed and published; frozen unless a coordinator reopens it.' },
    ARCHIVED: { description: 'Kept for the record; a later period has taken over.' },
  },
});

export const diagnosisColumns = columnsFor(Diagnosis, { omit: timestamps });

// The GraphQL classes declare their fields; the interfaces of the same name add the rest of their
// rows (the ids their field resolvers follow), typed from the entities.
export interface DiagnosisType extends RowFrom<typeof diagnosisColumns> {}
@ObjectType('Diagnosis', { implements: Node, description: 'The shared diagnosis of a territory for a period.' })
export class DiagnosisType extends Node {
  @Field(() => String, { description: 'Stable, URL-safe identifier.' })
  slug!: string;

  @Field(() => String, { description: 'The period, as its address names it: "2026-2027", or "2015" for one year.' })
  period!: string;

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
