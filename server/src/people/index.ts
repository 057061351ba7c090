import type { Feature } from '../shared/feature.js';
import { Person } from './person.entity.js';
import { PersonSearchResolver } from './person-search.resolver.js';

/** People: their table, and the admins' search of them (fields and memberships are served by the organizations feature). */
export const people = {
  entities: [Person],
  resolvers: [PersonSearchResolver],
} satisfies Feature;
