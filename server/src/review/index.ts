import type { Feature } from '../shared/feature.js';
import { createReviewLoaders } from './review.loaders.js';
import { ContributionReportsResolver, ReviewResolver } from './review.resolver.js';

/** The coordinators' « to review » list: what waits for them across the platform, in one place. */
export const review = {
  entities: [],
  resolvers: [ReviewResolver, ContributionReportsResolver],
  loaders: createReviewLoaders,
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createReviewLoaders> {}
}
