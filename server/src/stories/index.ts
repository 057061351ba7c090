import type { Feature } from '../shared/feature.js';
import { Story } from './story.entity.js';
import { StoryResolver } from './story.resolver.js';
import { createStoryLoaders } from './story.loaders.js';

/** Experience stories and testimonies. */
export const stories = {
  entities: [Story],
  resolvers: [StoryResolver],
  loaders: createStoryLoaders,
  nodes: { Story: (l) => l.storyById },
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createStoryLoaders> {}
}
