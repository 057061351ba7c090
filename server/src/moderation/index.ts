import type { Feature } from '../shared/feature.js';
import { ModerationAction } from './moderation-action.entity.js';
import { ModerationResolver } from './moderation.resolver.js';

/** What coordinators do to contributions and sessions, and its log. */
export const moderation = {
  entities: [ModerationAction],
  resolvers: [ModerationResolver],
} satisfies Feature;
