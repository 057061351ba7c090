import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../shared/payload.js';
import { StoryKind } from './story.entity.js';
import { StoryType } from './story.type.js';

@ObjectType('StoryDocument', {
  description: 'A story as its draft reads (shown to its author and to coordinators): what the editor edits.',
})
export class StoryDocumentType {
  @Field(() => StoryKind, { description: 'Experience story or testimony.' })
  kind!: StoryKind;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'One-paragraph summary (may be empty).' })
  summary!: string;

  @Field(() => String, { description: 'The story in Markdown.' })
  bodyMarkdown!: string;

  @Field(() => Boolean, { description: 'The teller stays unnamed.' })
  anonymous!: boolean;

  @Field(() => String, { description: 'Name of the teller (empty when anonymous).' })
  tellerName!: string;

  @Field(() => String, { description: 'Their role or standpoint (may be empty).' })
  tellerRole!: string;

  @Field(() => Boolean, { description: 'For a testimony: its teller agreed to its publication.' })
  consent!: boolean;
}

@ObjectType('StoryPayload', { description: 'The story after the change, or what to fix.' })
export class StoryPayload {
  @Field(() => StoryType, {
    nullable: true,
    description: 'The story as it now is (also with DRAFT_CHANGED: its draft as someone else saved it).',
  })
  story?: StoryType | null;

  @Field(() => [UserError], { description: 'What to fix; empty on success.' })
  userErrors!: UserError[];
}
