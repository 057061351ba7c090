import type { Feature } from '../shared/feature.js';
import { Image, ImageRendition } from './image.entity.js';
import { createImageLoaders } from './image.loaders.js';
import { ImageResolver } from './image.resolver.js';

/** Images: uploads checked and resized, stored in the database, served with caching headers. */
export const media = {
  entities: [Image, ImageRendition],
  resolvers: [ImageResolver],
  loaders: createImageLoaders,
  nodes: { Image: (l) => l.imageById },
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createImageLoaders> {}
}
