import type { Feature } from '../shared/feature.js';
import { WorkshopEvent } from './workshop-event.entity.js';
import { Deployment } from './deployment.entity.js';
import { LiveResolver } from './live.resolver.js';

/** Stored, numbered events and their delivery to subscribers. */
export const live = {
  entities: [WorkshopEvent, Deployment],
  resolvers: [LiveResolver],
} satisfies Feature;
