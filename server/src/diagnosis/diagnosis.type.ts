import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { UserError } from '../shared/payload.js';
import { columnsFor, timestamps, type RowFrom } from '../shared/rows.js';
import { Diagnosis, DiagnosisStatus, DiagnosisTransition } from './diagnosis.entity.js';
import { DiagnosisMove } from './diagnosis.policy.js';

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

registerEnumType(DiagnosisMove, {
  name: 'DiagnosisMove',
  description: 'A change a coordinator makes to a diagnosis’s life, each by its own mutation.',
  valuesConfig: {
    CONSULT: { description: 'Open the draft for consultation (`openConsultation`).' },
    VALIDATE: { description: 'Validate it at the end of the consultation (`validateDiagnosis`).' },
    ARCHIVE: { description: 'Archive the validated diagnosis (`archiveDiagnosis`).' },
    REOPEN: { description: 'Reopen it for consultation, saying why (`reopenDiagnosis`).' },
  },
});

export const transitionColumns = columnsFor(DiagnosisTransition, { omit: ['updatedAt'] });

export interface DiagnosisTransitionType extends RowFrom<typeof transitionColumns> {}
@ObjectType('DiagnosisTransition', {
  implements: Node,
  description: 'A move of a diagnosis from one state to another, as logged.',
})
export class DiagnosisTransitionType extends Node {
  @Field(() => DiagnosisStatus, { description: 'Where it was.' })
  fromStatus!: DiagnosisStatus;

  @Field(() => DiagnosisStatus, { description: 'Where it went.' })
  toStatus!: DiagnosisStatus;

  @Field(() => String, { description: 'Why, as the coordinator said it (required to reopen; may be empty otherwise).' })
  reason!: string;

  @Field(() => Date, { description: 'When.' })
  createdAt!: Date;
}

@ObjectType('DiagnosisPayload', { description: 'Result of an action on a diagnosis.' })
export class DiagnosisPayload {
  @Field(() => DiagnosisType, { nullable: true, description: 'The diagnosis after the action.' })
  diagnosis?: DiagnosisType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}
