import type { Feature } from '../shared/feature.js';
import { Membership, Organization } from './organization.entity.js';
import { MembershipResolver, OrganizationResolver, PersonResolver } from './organization.resolver.js';
import { createOrganizationLoaders } from './organization.loaders.js';

/** Organizations, their members, and people as members see them. */
export const organizations = {
  entities: [Organization, Membership],
  resolvers: [OrganizationResolver, MembershipResolver, PersonResolver],
  loaders: createOrganizationLoaders,
  nodes: { Organization: (l) => l.organizationById, Person: (l) => l.personById },
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createOrganizationLoaders> {}
}
