import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound, refuse } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg } from '../shared/payload.js';
import { Person } from '../people/person.entity.js';
import { Membership, MembershipAccess } from './organization.entity.js';
import { JoinRequest, RequestState } from './join-request.entity.js';
import { lastManagerRefusal, manageRefusal, signedInRefusal } from './organization.policy.js';
import { lockedOrganization, tieIn, viewerPersonId } from './organization-profile.service.js';
import { checkNote } from './organization-profile.checks.js';
import { joinRequestColumns, type JoinRequestType } from './organization-admission.type.js';

const managerCount = (em: EntityManager, organizationId: string) =>
  em.count(Membership, { organization: organizationId, access: MembershipAccess.MANAGER });

/** Makes the person a member (if they are not yet), and closes their pending request to join. */
export async function admit(em: EntityManager, organizationId: string, personId: string, by: string | null) {
  const existing = await em.findOne(Membership, { organization: organizationId, person: personId });
  if (!existing) em.create(Membership, { organization: organizationId, person: personId, role: '' });
  const pending = await em.findOne(JoinRequest, {
    organization: organizationId,
    person: personId,
    state: RequestState.PENDING,
  });
  if (pending) {
    pending.state = RequestState.ACCEPTED;
    pending.decidedAt = new Date();
    pending.decidedBy = by ? em.getReference(Person, by) : undefined;
  }
  return !existing;
}

/** The organization and the membership changed, read after the commit. */
async function answer(ctx: Context, organizationId: string, personId: string | null) {
  const members = await ctx.loaders.membersByOrganization.load(organizationId);
  return {
    organization: await ctx.loaders.organizationById.load(organizationId),
    membership: members.find((m) => m.personId === personId) ?? null,
  };
}

export const membershipService = {
  /** Member ↔ manager, by a manager; the last manager cannot step down. */
  async setAccess(ctx: Context, organizationGlobalId: string, personGlobalId: string, access: MembershipAccess) {
    refuse(signedInRefusal(ctx.viewer));
    const organizationId = idOf('Organization', organizationGlobalId, 'organizationId');
    const personId = idOf('Person', personGlobalId, 'personId');
    await ctx.em.fork().transactional(async (em) => {
      await lockedOrganization(em, organizationId);
      refuse(manageRefusal(ctx.viewer, await tieIn(em, organizationId, viewerPersonId(ctx))));
      const membership = await em.findOne(Membership, { organization: organizationId, person: personId });
      if (!membership) throw invalid(msg('MEMBER_NOT_FOUND'), 'personId');
      if (access === MembershipAccess.MEMBER)
        refuse(lastManagerRefusal(membership.access, await managerCount(em, organizationId)));
      membership.access = access;
    });
    return answer(ctx, organizationId, personId);
  },

  /** By a manager, or by the member leaving; the last manager stays until another one is named. */
  async remove(ctx: Context, organizationGlobalId: string, personGlobalId: string) {
    refuse(signedInRefusal(ctx.viewer));
    const organizationId = idOf('Organization', organizationGlobalId, 'organizationId');
    const personId = idOf('Person', personGlobalId, 'personId');
    await ctx.em.fork().transactional(async (em) => {
      await lockedOrganization(em, organizationId);
      if (personId !== viewerPersonId(ctx))
        refuse(manageRefusal(ctx.viewer, await tieIn(em, organizationId, viewerPersonId(ctx))));
      const membership = await em.findOne(Membership, { organization: organizationId, person: personId });
      if (!membership) throw invalid(msg('MEMBER_NOT_FOUND'), 'personId');
      refuse(lastManagerRefusal(membership.access, await managerCount(em, organizationId)));
      em.remove(membership);
    });
    return answer(ctx, organizationId, null);
  },

  async requestToJoin(ctx: Context, organizationGlobalId: string, message: string) {
    refuse(signedInRefusal(ctx.viewer));
    const organizationId = idOf('Organization', organizationGlobalId, 'organizationId');
    const personId = viewerPersonId(ctx)!;
    const text = checkNote(message, 'message');
    const id = await ctx.em.fork().transactional(async (em) => {
      await lockedOrganization(em, organizationId);
      if (await tieIn(em, organizationId, personId)) throw invalid(msg('ALREADY_MEMBER'), 'organizationId');
      const existing = await em.findOne(JoinRequest, { organization: organizationId, person: personId });
      if (existing?.state === RequestState.PENDING) throw invalid(msg('JOIN_ALREADY_REQUESTED'), 'organizationId');
      // A declined or earlier request is asked again: one row per person and organization.
      if (existing) {
        em.assign(existing, { state: RequestState.PENDING, message: text, decidedBy: null, decidedAt: null });
        return existing.id;
      }
      return em.create(JoinRequest, { organization: organizationId, person: personId, message: text }).id;
    });
    return { joinRequest: await joinRequestById(ctx, id) };
  },

  async decideJoinRequest(ctx: Context, requestGlobalId: string, accept: boolean) {
    refuse(signedInRefusal(ctx.viewer));
    const requestId = idOf('JoinRequest', requestGlobalId, 'requestId');
    const found = await joinRequestById(ctx, requestId);
    if (!found) throw notFound('JoinRequest');
    await ctx.em.fork().transactional(async (em) => {
      await lockedOrganization(em, found.organizationId);
      refuse(manageRefusal(ctx.viewer, await tieIn(em, found.organizationId, viewerPersonId(ctx))));
      const request = await em.findOne(JoinRequest, requestId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!request) throw notFound('JoinRequest');
      if (request.state !== RequestState.PENDING) throw invalid(msg('JOIN_REQUEST_DECIDED'), 'requestId');
      if (accept) await admit(em, found.organizationId, found.personId, viewerPersonId(ctx));
      else em.assign(request, { state: RequestState.DECLINED, decidedAt: new Date(), decidedBy: viewerPersonId(ctx) });
    });
    return { joinRequest: await joinRequestById(ctx, requestId) };
  },
};

/** Only what the caller may see: the request's author, or (checked by the caller) its managers. */
async function joinRequestById(ctx: Context, id: string): Promise<JoinRequestType | undefined> {
  return (await ctx.knex('join_request as j').select(joinRequestColumns('j')).where('j.id', id).first()) as
    JoinRequestType | undefined;
}
