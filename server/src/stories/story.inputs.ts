import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, MaxLength } from 'class-validator';
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

@InputType({ description: 'Everything the story editor sends: the whole story as it should read.' })
export class StoryFields {
  @Field(() => StoryKind, { description: 'Experience story or testimony.' })
  kind!: StoryKind;

  @Field(() => String, { description: 'Title (3–200 characters; see `limits`).' })
  @MaxLength(10_000)
  title!: string;

  @Field(() => String, { defaultValue: '', description: 'One-paragraph summary, optional.' })
  @MaxLength(10_000)
  summary: string = '';

  @Field(() => String, { description: 'The story in Markdown (see `limits` for its length).' })
  @MaxLength(200_000)
  bodyMarkdown!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Keep the teller unnamed.' })
  anonymous: boolean = false;

  @Field(() => String, { defaultValue: '', description: 'Name of the teller, unless anonymous.' })
  @MaxLength(10_000)
  tellerName: string = '';

  @Field(() => String, { defaultValue: '', description: 'Their role or standpoint, optional.' })
  @MaxLength(10_000)
  tellerRole: string = '';

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'For a testimony, required: its teller agrees to its publication.',
  })
  consent: boolean = false;

  @Field(() => ID, { description: 'The territory it comes from (a Territory id).' })
  @MaxLength(200)
  territoryId!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Portraits it is about (Portrait ids).' })
  @ArrayMaxSize(200)
  portraitIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Diagnosis findings it illustrates (Finding ids).' })
  @ArrayMaxSize(200)
  findingIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Workshops it tells of (Workshop ids).' })
  @ArrayMaxSize(200)
  workshopIds!: string[];
}

@InputType({ description: 'A new story: it starts as a draft only you and coordinators see.' })
export class CreateStoryInput extends StoryFields {}

@InputType({ description: 'A change of a story’s draft, from the version the editor opened.' })
export class UpdateStoryInput extends StoryFields {
  @Field(() => ID, { description: 'The story.' })
  @MaxLength(200)
  id!: string;

  @Field(() => Int, { description: 'The `authoring.editVersion` the editor opened.' })
  expectedVersion!: number;
}
