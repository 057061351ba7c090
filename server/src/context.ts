import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Viewer } from './shared/viewer.js';
import { createTerritoryLoaders } from './territories/territory.loaders.js';
import { createOrganizationLoaders } from './organizations/organization.loaders.js';
import { createWorkshopLoaders } from './workshops/workshop.loaders.js';
import { createContributionLoaders } from './contributions/contribution.loaders.js';
import { createDiagnosisLoaders } from './diagnosis/diagnosis.loaders.js';
import { createStoryLoaders } from './stories/story.loaders.js';
import { createPortraitLoaders } from './portraits/portrait.loaders.js';

export function createLoaders(knex: Knex, viewer: Viewer) {
  return {
    ...createTerritoryLoaders(knex, viewer),
    ...createOrganizationLoaders(knex, viewer),
    ...createWorkshopLoaders(knex, viewer),
    ...createContributionLoaders(knex, viewer),
    ...createDiagnosisLoaders(knex, viewer),
    ...createStoryLoaders(knex, viewer),
    ...createPortraitLoaders(knex, viewer),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Per request (or per socket operation): who asks, a fresh unit of work, and batch loaders. */
export interface Context {
  viewer: Viewer;
  /** A fork of the EntityManager, for writes; reads go through `knex` and the loaders. */
  em: EntityManager;
  knex: Knex;
  loaders: Loaders;
}

export function createContext(em: EntityManager, viewer: Viewer): Context {
  const fork = em.fork();
  const knex = fork.getKnex();
  return { viewer, em: fork, knex, loaders: createLoaders(knex, viewer) };
}
