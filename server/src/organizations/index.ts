import type { Feature } from '../shared/feature.js';
import { Membership, Organization } from './organization.entity.js';
import { Invitation } from './invitation.entity.js';
import { JoinRequest } from './join-request.entity.js';
import { OrganizationRequest } from './organization-request.entity.js';
import { MembershipResolver, OrganizationResolver, PersonResolver } from './organization.resolver.js';
import { createOrganizationLoaders } from './organization.loaders.js';
import {
  InvitationResolver,
  JoinRequestResolver,
  OrganizationAdmissionResolver,
  OrganizationRequestResolver,
} from './organization-admission.resolver.js';

/** Organizations, their members, and people as members see them. */
export const organizations = {
  entities: [Organization, Membership, Invitation, JoinRequest, OrganizationRequest],
  resolvers: [
    OrganizationResolver,
    MembershipResolver,
    PersonResolver,
    OrganizationAdmissionResolver,
    OrganizationRequestResolver,
    JoinRequestResolver,
    InvitationResolver,
  ],
  loaders: createOrganizationLoaders,
  nodes: { Organization: (l) => l.organizationById, Person: (l) => l.personById },
} satisfies Feature;

declare module '../shared/context.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this feature's loaders into Loaders
  interface Loaders extends ReturnType<typeof createOrganizationLoaders> {}
}
