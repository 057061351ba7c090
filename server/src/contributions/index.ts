import type { Feature } from '../shared/feature.js';
import { Contribution, ContributionReport, ContributionVote } from './contribution.entity.js';
import { ContributionResolver } from './contribution.resolver.js';
import { ContributionRightsResolver } from './contribution-rights.resolver.js';
import { ContributionQueueResolver } from './contribution-queue.resolver.js';
import { ContributionRetainedResolver } from './contribution-retained.resolver.js';
import { createContributionLoaders } from './contribution.loaders.js';
import { contributionEvents } from './contribution.events.js';

/** What people say in workshops, their "me too"s and reports. */
export const contributions = {
  entities: [Contribution, ContributionVote, ContributionReport],
  resolvers: [
    ContributionResolver,
    ContributionRightsResolver,
    ContributionQueueResolver,
    ContributionRetainedResolver,
  ],
  loaders: createContributionLoaders,
  nodes: { Contribution: (l) => l.contributionById },
  streams: [contributionEvents],
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createContributionLoaders> {}
}
