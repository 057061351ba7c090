import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { badInput } from '../shared/errors.js';
import { renderMarkdown } from '../shared/markdown.js';
import { asPayload } from '../shared/payload.js';
import { CreateStoryInput, UpdateStoryInput } from './story.inputs.js';
import { StoryPayload } from './story-draft.type.js';
import { storyLimits } from './story.checks.js';
import { storyWrites } from './story-writes.service.js';

const id = () => Arg('id', () => ID, { description: 'The story.' });
const version = () =>
  Arg('expectedVersion', () => Int, { description: 'The `authoring.editVersion` the move starts from.' });

@Resolver()
export class StoryMutationsResolver {
  @Query(() => String, {
    description: 'Markdown rendered to HTML through the same sanitizer as published stories: an editor’s preview.',
  })
  renderMarkdown(@Arg('text', () => String, { description: 'The Markdown to render.' }) text: string) {
    if (text.length > storyLimits.bodyMax * 2) throw badInput('This text is too long to preview.', 'text');
    return renderMarkdown(text);
  }

  @Mutation(() => StoryPayload, {
    description:
      'Writes a story or a testimony (signed in with an account): a draft only you and coordinators see until it is published.',
  })
  createStory(@Ctx() ctx: Context, @Arg('input', () => CreateStoryInput) input: CreateStoryInput) {
    return asPayload(ctx.request.locale, () => storyWrites.create(ctx, input));
  }

  @Mutation(() => StoryPayload, {
    description:
      'Saves the story’s draft (its author and coordinators); the published text stays until the next publication. ' +
      'An author’s change of what was submitted or published goes back to review. A stale version saves nothing and ' +
      'answers DRAFT_CHANGED with the story as it now is.',
  })
  updateStory(@Ctx() ctx: Context, @Arg('input', () => UpdateStoryInput) input: UpdateStoryInput) {
    return asPayload(ctx.request.locale, () => storyWrites.update(ctx, input));
  }

  @Mutation(() => StoryPayload, { description: 'Its author submits the story for a coordinator’s review.' })
  submitStory(@Ctx() ctx: Context, @id() storyId: string, @version() expectedVersion: number) {
    return asPayload(ctx.request.locale, () => storyWrites.move(ctx, 'submit', storyId, expectedVersion));
  }

  @Mutation(() => StoryPayload, {
    description: 'Coordinators and admins publish the story as its draft reads: public from now on.',
  })
  publishStory(@Ctx() ctx: Context, @id() storyId: string, @version() expectedVersion: number) {
    return asPayload(ctx.request.locale, () => storyWrites.move(ctx, 'publish', storyId, expectedVersion));
  }

  @Mutation(() => StoryPayload, {
    description: 'Its author or a coordinator takes the story off public pages; it can be submitted again.',
  })
  withdrawStory(@Ctx() ctx: Context, @id() storyId: string, @version() expectedVersion: number) {
    return asPayload(ctx.request.locale, () => storyWrites.move(ctx, 'withdraw', storyId, expectedVersion));
  }

  @Mutation(() => StoryPayload, {
    description: 'An earlier revision of the story becomes its draft again, as a new revision.',
  })
  restoreStoryRevision(
    @Ctx() ctx: Context,
    @Arg('revisionId', () => ID, { description: 'The revision (a ContentRevision id).' }) revisionId: string,
    @version() expectedVersion: number,
  ) {
    return asPayload(ctx.request.locale, () => storyWrites.restore(ctx, revisionId, expectedVersion));
  }
}
