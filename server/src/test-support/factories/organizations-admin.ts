import type { MikroORM } from '@mikro-orm/postgresql';
import { newToken } from '../../accounts/session.service.js';
import { Membership, MembershipAccess } from '../../organizations/organization.entity.js';
import { Invitation } from '../../organizations/invitation.entity.js';
import { JoinRequest } from '../../organizations/join-request.entity.js';
import { OrganizationRequest } from '../../organizations/organization-request.entity.js';
import { OrganizationKind } from '../../organizations/organization.entity.js';
import { maker, type Maker } from './base.js';

/** A membership, as `admit` stores one. */
async function member(m: Maker, organizationId: string, personId: string, access = MembershipAccess.MEMBER, role = '') {
  const em = m.em();
  em.create(Membership, { organization: organizationId, person: personId, role, access });
  await em.flush();
}

/** An invitation of the organization, with its token (only its hash is stored). */
async function invitation(
  m: Maker,
  organizationId: string,
  invitedById: string,
  options: { expiresAt?: Date; acceptedAt?: Date; revokedAt?: Date; email?: string } = {},
): Promise<{ id: string; token: string }> {
  const { token, tokenHash } = newToken();
  const em = m.em();
  const made = em.create(Invitation, {
    id: m.id(),
    organization: organizationId,
    invitedBy: invitedById,
    tokenHash,
    expiresAt: options.expiresAt ?? new Date(Date.now() + 3600_000),
    acceptedAt: options.acceptedAt,
    revokedAt: options.revokedAt,
    email: options.email,
  });
  await em.flush();
  return { id: made.id, token };
}

async function joinRequest(m: Maker, organizationId: string, personId: string, message = 'Je voudrais aider.') {
  const em = m.em();
  const made = em.create(JoinRequest, { id: m.id(), organization: organizationId, person: personId, message });
  await em.flush();
  return { id: made.id };
}

async function organizationRequest(m: Maker, requesterId: string, name = m.unique('Collectif demandé')) {
  const em = m.em();
  const made = em.create(OrganizationRequest, {
    id: m.id(),
    requester: requesterId,
    name,
    kind: OrganizationKind.ASSOCIATION,
    description: 'Une association de quartier qui demande sa fiche.',
  });
  await em.flush();
  return { id: made.id, name };
}

/** Members, invitations and requests for the organizations and admin tests. */
export function organizationAdminFactories(orm: MikroORM) {
  const m = maker(orm.em);
  return {
    member: (...args: Parameters<typeof member> extends [Maker, ...infer A] ? A : never) => member(m, ...args),
    invitation: (...args: Parameters<typeof invitation> extends [Maker, ...infer A] ? A : never) =>
      invitation(m, ...args),
    joinRequest: (...args: Parameters<typeof joinRequest> extends [Maker, ...infer A] ? A : never) =>
      joinRequest(m, ...args),
    organizationRequest: (...args: Parameters<typeof organizationRequest> extends [Maker, ...infer A] ? A : never) =>
      organizationRequest(m, ...args),
  };
}
