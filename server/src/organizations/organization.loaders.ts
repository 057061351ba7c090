import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { byId, grouped } from '../shared/loader.js';
import { foldedText } from '../shared/pagination.js';
import { personColumns, type PersonType } from '../people/person.type.js';
import {
  membershipColumns,
  organizationColumns,
  type MembershipType,
  type OrganizationType,
} from './organization.type.js';
import {
  invitationColumns,
  joinRequestColumns,
  type InvitationType,
  type JoinRequestType,
} from './organization-admission.type.js';
import { RequestState } from './join-request.entity.js';

type Keyed<T> = T & { _key: string };

export function createOrganizationLoaders(knex: Knex, viewer: Viewer) {
  const viewerId = viewer.kind === 'person' ? viewer.personId : null;
  return {
    /** The viewer's own membership of each organization, or nothing: what their rights there are read from. */
    viewerMembershipByOrganization: grouped<Keyed<MembershipType>>((keys) =>
      viewerId
        ? knex('membership as m')
            .select(...membershipColumns('m'), 'm.organization_id as _key')
            .whereIn('m.organization_id', keys)
            .where('m.person_id', viewerId)
        : Promise.resolve([]),
    ),
    /** The viewer's own request to join each organization, whatever its state. */
    viewerJoinRequestByOrganization: grouped<Keyed<JoinRequestType>>((keys) =>
      viewerId
        ? knex('join_request as j')
            .select(...joinRequestColumns('j'), 'j.organization_id as _key')
            .whereIn('j.organization_id', keys)
            .where('j.person_id', viewerId)
        : Promise.resolve([]),
    ),
    /** Open invitations by organization, newest first: read only after the managers' check. */
    openInvitationsByOrganization: grouped<Keyed<InvitationType>>((keys) =>
      knex('organization_invitation as i')
        .select(...invitationColumns('i'), 'i.organization_id as _key')
        .whereIn('i.organization_id', keys)
        .whereNull('i.accepted_at')
        .whereNull('i.revoked_at')
        .where('i.expires_at', '>', knex.fn.now())
        .orderBy('i.created_at', 'desc'),
    ),
    /** Pending join requests by organization, oldest first: read only after the managers' check. */
    pendingJoinRequestsByOrganization: grouped<Keyed<JoinRequestType>>((keys) =>
      knex('join_request as j')
        .select(...joinRequestColumns('j'), 'j.organization_id as _key')
        .whereIn('j.organization_id', keys)
        .where('j.state', RequestState.PENDING)
        .orderBy('j.created_at'),
    ),
    organizationById: byId<OrganizationType>((ids) =>
      knex('organization as o').select(organizationColumns('o')).whereIn('o.id', ids),
    ),
    organizationsByTerritory: grouped<Keyed<OrganizationType>>((keys) =>
      knex('organization as o')
        .select(...organizationColumns('o'), 'o.territory_id as _key')
        .whereIn('o.territory_id', keys)
        .orderByRaw(foldedText('o.name')),
    ),
    personById: byId<PersonType>((ids) => knex('person as p').select(personColumns('p')).whereIn('p.id', ids)),
    membersByOrganization: grouped<Keyed<MembershipType>>((keys) =>
      knex('membership as m')
        .join('person as p', 'p.id', 'm.person_id')
        .select(...membershipColumns('m'), 'm.organization_id as _key')
        .whereIn('m.organization_id', keys)
        .orderByRaw(foldedText('p.display_name')),
    ),
    membershipsByPerson: grouped<Keyed<MembershipType>>((keys) =>
      knex('membership as m')
        .join('organization as o', 'o.id', 'm.organization_id')
        .select(...membershipColumns('m'), 'm.person_id as _key')
        .whereIn('m.person_id', keys)
        .orderByRaw(foldedText('o.name')),
    ),
  };
}
