import type { Feature } from '../shared/feature.js';
import { LimitsResolver } from './limits.resolver.js';

/** The limits of every form, published so that the site never copies them. */
export const limits = {
  entities: [],
  resolvers: [LimitsResolver],
} satisfies Feature;
