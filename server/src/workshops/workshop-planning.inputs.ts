import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DatePrecision, WorkshopKind } from './workshop.entity.js';

/** The limits of the planning form, published by the `limits` query. */
export const planLimits = {
  titleMin: 3,
  titleMax: 160,
  placeMax: 300,
  descriptionMax: 20_000,
  capMin: 1,
  capMax: 10_000,
};

registerEnumType(DatePrecision, {
  name: 'WorkshopDatePrecision',
  description: 'How much of a workshop’s dates is known.',
  valuesConfig: {
    DAY_TIME: { description: 'Day and time.' },
    DAY: { description: 'The day only: shown without a time.' },
    MONTH: { description: 'The month only (stored as its first day): shown as "janvier 2013".' },
    YEAR: { description: 'The year only (stored as its first day): shown as "2013".' },
  },
});

// Hard caps here keep absurd payloads out before any query; the service gives the friendly
// message for ordinary mistakes.
@InputType({ description: 'What a workshop is planned as; every field of the planning form.' })
export class WorkshopPlanFields {
  @Field(() => String, { description: `Title: ${planLimits.titleMin} to ${planLimits.titleMax} characters.` })
  @MaxLength(planLimits.titleMax * 4)
  title!: string;

  @Field(() => WorkshopKind, { description: 'Format (not CONSULTATION: a consultation is opened from its diagnosis).' })
  kind!: WorkshopKind;

  @Field(() => ID, { description: 'The territory it is held on.' })
  territoryId!: string;

  @Field(() => [String], { description: 'Slugs of neighbourhoods of that territory.' })
  @ArrayMaxSize(50)
  @MaxLength(200, { each: true })
  neighbourhoodSlugs!: string[];

  @Field(() => [String], { description: 'Slugs of the themes on the agenda.' })
  @ArrayMaxSize(50)
  @MaxLength(200, { each: true })
  themeSlugs!: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'The diagnosis it feeds: of the same territory, and one you coordinate. Null: none.',
  })
  diagnosisId?: string | null;

  @Field(() => Date, { description: 'Start (the first day of the month or year for those precisions).' })
  startsAt!: Date;

  @Field(() => Date, { description: 'End, after the start.' })
  endsAt!: Date;

  @Field(() => DatePrecision, { description: 'How much of the dates is known.' })
  datePrecision!: DatePrecision;

  @Field(() => String, { description: `Where it takes place, at most ${planLimits.placeMax} characters.` })
  @MaxLength(planLimits.placeMax * 4)
  place!: string;

  @Field(() => String, { description: `Presentation in Markdown, at most ${planLimits.descriptionMax} characters.` })
  @MaxLength(planLimits.descriptionMax * 2)
  description!: string;

  @Field(() => Int, {
    nullable: true,
    description: `Most people who may register (${planLimits.capMin}–${planLimits.capMax}); null: no limit.`,
  })
  participantCap?: number | null;
}

@InputType({ description: 'A change of a workshop’s plan, from the version it started from.' })
export class UpdateWorkshopInput extends WorkshopPlanFields {
  @Field(() => ID, { description: 'The workshop.' })
  workshopId!: string;

  @Field(() => Int, { description: 'The `planVersion` the form was filled from: a stale one saves nothing.' })
  expectedVersion!: number;
}
