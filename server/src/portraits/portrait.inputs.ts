import { Field, InputType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { PortraitStage } from './portrait.entity.js';

export enum PortraitSort {
  NAME = 'NAME',
  NEWEST = 'NEWEST',
  START_YEAR = 'START_YEAR',
}
registerEnumType(PortraitSort, {
  name: 'PortraitSort',
  description: 'Orderings of the portraits list.',
  valuesConfig: {
    NAME: { description: 'Alphabetical.' },
    NEWEST: { description: 'Most recently published first.' },
    START_YEAR: { description: 'Most recently started project first (unknown years last).' },
  },
});

@InputType({ description: 'Narrows the portraits list. All given criteria must match.' })
export class PortraitFilter {
  @Field(() => String, { nullable: true, description: 'Territory slug.' })
  @MaxLength(100)
  territory?: string;

  @Field(() => String, { nullable: true, description: 'Theme slug.' })
  @MaxLength(100)
  theme?: string;

  @Field(() => PortraitStage, { nullable: true, description: 'Current stage.' })
  stage?: PortraitStage;

  @Field(() => Boolean, { nullable: true, description: 'Only flagship projects (true) or only the others (false).' })
  featured?: boolean;

  @Field(() => String, { nullable: true, description: 'Text to look for in the name, summary and commune.' })
  @MaxLength(100)
  search?: string;
}
