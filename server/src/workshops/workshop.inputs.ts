import { Field, InputType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { WorkshopKind, WorkshopStatus } from './workshop.entity.js';

/** A question put to the room (a prompt). */
export const questionLimits = { min: 3, max: 300 };

export enum WorkshopTiming {
  UPCOMING = 'UPCOMING',
  LIVE = 'LIVE',
  PAST = 'PAST',
}
registerEnumType(WorkshopTiming, {
  name: 'WorkshopTiming',
  description: 'Where a workshop stands in time.',
  valuesConfig: {
    UPCOMING: { description: 'Scheduled, not started.' },
    LIVE: { description: 'Live or paused now.' },
    PAST: { description: 'Closed.' },
  },
});

export enum WorkshopSort {
  LATEST = 'LATEST',
  SOONEST = 'SOONEST',
}
registerEnumType(WorkshopSort, {
  name: 'WorkshopSort',
  description: 'Orderings of the workshops list.',
  valuesConfig: { LATEST: { description: 'Latest start first.' }, SOONEST: { description: 'Earliest start first.' } },
});

@InputType({ description: 'Narrows the workshops list. All given criteria must match.' })
export class WorkshopFilter {
  @Field(() => String, { nullable: true, description: 'Territory slug.' })
  @MaxLength(100)
  territory?: string;

  @Field(() => String, { nullable: true, description: 'Theme slug.' })
  @MaxLength(100)
  theme?: string;

  @Field(() => WorkshopKind, { nullable: true, description: 'Format.' })
  kind?: WorkshopKind;

  @Field(() => WorkshopStatus, { nullable: true, description: 'Lifecycle status.' })
  status?: WorkshopStatus;

  @Field(() => WorkshopTiming, { nullable: true, description: 'Upcoming, live or past.' })
  timing?: WorkshopTiming;
}
