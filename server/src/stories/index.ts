import type { Feature } from '../shared/feature.js';
import { Story } from './story.entity.js';
import { StoryResolver } from './story.resolver.js';
import { createStoryLoaders } from './story.loaders.js';
import { StoryMutationsResolver } from './story-mutations.resolver.js';
import { StoryDocumentResolver, StoryDraftResolver } from './story-draft.resolver.js';
// Registers stories as authored content (drafts, review, history).
import './story.authored.js';

/** Experience stories and testimonies. */
export const stories = {
  entities: [Story],
  resolvers: [StoryResolver, StoryDraftResolver, StoryDocumentResolver, StoryMutationsResolver],
  loaders: createStoryLoaders,
  nodes: { Story: (l) => l.storyById },
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createStoryLoaders> {}
}
