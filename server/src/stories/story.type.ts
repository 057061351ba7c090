import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../shared/node.js';
import { ConnectionType } from '../shared/pagination.js';
import { PublicationState } from '../shared/publication.js';
import '../shared/publication.type.js';
import { columnsFor, timestamps, type RowFrom } from '../shared/rows.js';
import { Story, StoryKind } from './story.entity.js';

registerEnumType(StoryKind, {
  name: 'StoryKind',
  description: 'What sort of story it is.',
  valuesConfig: {
    EXPERIENCE: { description: 'An experience story: how a project or a process went.' },
    TESTIMONY: { description: 'A personal testimony.' },
  },
});

@ObjectType('StoryTeller', { description: 'Who tells the story.' })
export class StoryTellerType {
  @Field(() => String, { description: 'Name of the teller.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Their role or standpoint.' })
  role!: string | null;
}

export const storyColumns = columnsFor(Story, { omit: timestamps });

// The GraphQL class declares the fields; the interface of the same name adds the rest of the row
// (the teller, the ids its field resolvers follow), typed from the entity.
export interface StoryType extends RowFrom<typeof storyColumns> {}
@ObjectType('Story', { implements: Node, description: 'An experience story or testimony.' })
export class StoryType extends Node {
  @Field(() => String, { description: 'Stable, URL-safe identifier.' })
  slug!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => StoryKind, { description: 'Experience story or testimony.' })
  kind!: StoryKind;

  @Field(() => String, { description: 'One-paragraph summary.' })
  summary!: string;

  @Field(() => String, { description: 'The story in Markdown, as written.' })
  bodyMarkdown!: string;

  @Field(() => PublicationState, { description: 'Publication state (the public only sees PUBLISHED).' })
  publicationState!: PublicationState;

  @Field(() => Date, { nullable: true, description: 'When it was published.' })
  publishedAt!: Date | null;

  @Field(() => Boolean, { description: 'True for invented demo content.' })
  isDemo!: boolean;
}

@ObjectType('StoryConnection', { description: 'A page of stories.' })
export class StoryConnection extends ConnectionType(StoryType, 'Story') {}
