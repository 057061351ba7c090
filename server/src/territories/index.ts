import type { Feature } from '../shared/feature.js';
import { Neighbourhood, Territory, Theme } from './territory.entity.js';
import { NeighbourhoodResolver, TerritoryResolver } from './territory.resolver.js';
import { createTerritoryLoaders } from './territory.loaders.js';

/** Territories, their neighbourhoods, and the themes everything is tagged with. */
export const territories = {
  entities: [Theme, Territory, Neighbourhood],
  resolvers: [TerritoryResolver, NeighbourhoodResolver],
  loaders: createTerritoryLoaders,
  nodes: { Territory: (l) => l.territoryById, Neighbourhood: (l) => l.neighbourhoodById, Theme: (l) => l.themeById },
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createTerritoryLoaders> {}
}
