import { Field, Int, ObjectType } from 'type-graphql';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import { ContributionReport } from '../contributions/contribution.entity.js';

@ObjectType('ReviewQueue', {
  description:
    'What waits for the viewer’s review, oldest first: contributions held in the queue of the workshops they moderate, reported contributions, findings proposed and edits suggested in the diagnoses they coordinate.',
})
export class ReviewQueueType {
  /** Whose list it is: each field reads its own scope from the request's viewer. */
  personId!: string;
}

@ObjectType('ReviewCounts', { description: 'How many items wait, by kind.' })
export class ReviewCountsType {
  @Field(() => Int, { description: 'Contributions waiting in a strict workshop’s queue.' })
  pendingContributions!: number;

  @Field(() => Int, { description: 'Published contributions with reports nobody has read yet.' })
  reportedContributions!: number;

  @Field(() => Int, { description: 'Findings proposed by participants, neither retained nor set aside yet.' })
  proposedFindings!: number;

  @Field(() => Int, { description: 'Suggested edits of findings waiting for a decision.' })
  pendingSuggestions!: number;

  @Field(() => Int, { description: 'Everything above.' })
  total!: number;
}

export const reportColumns = columnsFor(ContributionReport, { omit: ['updatedAt', 'reporterKey'] });

export interface ReportType extends RowFrom<typeof reportColumns> {}
@ObjectType('ContributionReport', {
  description: 'A report of a contribution, as its workshop’s coordinators read it.',
})
export class ReportType {
  @Field(() => String, { description: 'Why it was reported.' })
  reason!: string;

  @Field(() => Date, { description: 'When.' })
  createdAt!: Date;
}
