import type { Feature } from '../shared/feature.js';
import { Person } from './person.entity.js';

/** People: their table (fields and memberships are served by the organizations feature). */
export const people = {
  entities: [Person],
  resolvers: [],
} satisfies Feature;
