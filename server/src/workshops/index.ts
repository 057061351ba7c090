import type { Feature } from '../shared/feature.js';
import { Prompt, Workshop } from './workshop.entity.js';
import { Registration } from './registration.entity.js';
import { WorkshopResolver } from './workshop.resolver.js';
import { WorkshopLiveResolver } from './workshop-live.resolver.js';
import { WorkshopStreamResolver } from './workshop-stream.resolver.js';
import { WorkshopPlanningResolver } from './workshop-planning.resolver.js';
import { createRegistrationLoaders } from './registration.loaders.js';
import { createWorkshopLoaders } from './workshop.loaders.js';
import { workshopEvents } from './workshop.events.js';

/** Workshops, their prompts and their live sessions. */
export const workshops = {
  entities: [Workshop, Prompt, Registration],
  resolvers: [WorkshopResolver, WorkshopLiveResolver, WorkshopStreamResolver, WorkshopPlanningResolver],
  loaders: (knex, viewer) => ({ ...createWorkshopLoaders(knex, viewer), ...createRegistrationLoaders(knex, viewer) }),
  nodes: { Workshop: (l) => l.workshopById, Prompt: (l) => l.promptById },
  streams: [workshopEvents],
} satisfies Feature;

declare module '../shared/context.js' {
  interface Loaders extends ReturnType<typeof createWorkshopLoaders>, ReturnType<typeof createRegistrationLoaders> {}
}
