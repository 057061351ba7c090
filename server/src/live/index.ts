import type { Feature } from '../shared/feature.js';
import { Stream, StreamEvent } from './stream.entity.js';
import { Deployment } from './deployment.entity.js';

/** Streams of numbered, stored events and their delivery to subscribers. */
export const live = {
  entities: [Stream, StreamEvent, Deployment],
  resolvers: [],
} satisfies Feature;
