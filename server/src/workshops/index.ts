import type { Feature } from '../shared/feature.js';
import { Prompt, Workshop } from './workshop.entity.js';
import { WorkshopResolver } from './workshop.resolver.js';
import { WorkshopLiveResolver } from './workshop-live.resolver.js';
import { WorkshopStreamResolver } from './workshop-stream.resolver.js';
import { createWorkshopLoaders } from './workshop.loaders.js';
import { workshopEvents } from './workshop.events.js';

/** Workshops, their prompts and their live sessions. */
export const workshops = {
  entities: [Workshop, Prompt],
  resolvers: [WorkshopResolver, WorkshopLiveResolver, WorkshopStreamResolver],
  loaders: createWorkshopLoaders,
  nodes: { Workshop: (l) => l.workshopById, Prompt: (l) => l.promptById },
  streams: [workshopEvents],
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createWorkshopLoaders> {}
}
