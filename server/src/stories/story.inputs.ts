import { Field, InputType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { StoryKind } from './story.entity.js';

export enum StorySort {
  NEWEST = 'NEWEST',
  TITLE = 'TITLE',
}
registerEnumType(StorySort, { name: 'StorySort', description: 'Orderings of the stories list.' });

@InputType({ description: 'Narrows the stories list. All given criteria must match.' })
export class StoryFilter {
  @Field(() => String, { nullable: true, description: 'Territory slug.' })
  @MaxLength(100)
  territory?: string;

  @Field(() => String, { nullable: true, description: 'Slug of the portrait the stories are about.' })
  @MaxLength(100)
  portrait?: string;

  @Field(() => StoryKind, { nullable: true, description: 'Experience stories or testimonies.' })
  kind?: StoryKind;
}
