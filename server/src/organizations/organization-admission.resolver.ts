import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { asPayload } from '../shared/payload.js';
import { PersonType } from '../people/person.type.js';
import { MembershipAccess } from './organization.entity.js';
import { OrganizationType } from './organization.type.js';
import { RequestState } from './join-request.entity.js';
import {
  CreateOrganizationInput,
  RequestOrganizationInput,
  UpdateOrganizationInput,
} from './organization-profile.inputs.js';
import {
  InvitationPayload,
  InvitationPreviewType,
  InvitationType,
  InvitePayload,
  JoinRequestPayload,
  JoinRequestType,
  MembershipPayload,
  OrganizationPayload,
  OrganizationRequestPayload,
  OrganizationRequestType,
} from './organization-admission.type.js';
import { organizationProfileService } from './organization-profile.service.js';
import { membershipService } from './membership.service.js';
import { invitationService } from './invitation.service.js';

// Free texts are cut far past their limits before the services see them: the services say what
// to fix for a text a little too long, and nobody needs 10 MB of it to be told so.
const cut = (text: string | null | undefined, max = 20_000) => (text ?? '').slice(0, max);

@Resolver()
export class OrganizationAdmissionResolver {
  @Mutation(() => OrganizationPayload, { description: 'Creates an organization (admins).' })
  createOrganization(@Ctx() ctx: Context, @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput) {
    return asPayload(ctx.request.locale, () => organizationProfileService.create(ctx, input));
  }

  @Mutation(() => OrganizationRequestPayload, {
    description: 'Asks for an organization to be created (stakeholders); admins approve or decline.',
  })
  requestOrganization(
    @Ctx() ctx: Context,
    @Arg('input', () => RequestOrganizationInput) input: RequestOrganizationInput,
  ) {
    return asPayload(ctx.request.locale, () => organizationProfileService.request(ctx, input));
  }

  @Mutation(() => OrganizationRequestPayload, {
    description: 'Approves a request (admins): the organization is created, its requester its first manager.',
  })
  approveOrganizationRequest(
    @Ctx() ctx: Context,
    @Arg('requestId', () => ID) requestId: string,
    @Arg('note', () => String, { defaultValue: '', description: 'A word to the requester.' }) note: string,
  ) {
    return asPayload(ctx.request.locale, () => organizationProfileService.decide(ctx, requestId, true, cut(note)));
  }

  @Mutation(() => OrganizationRequestPayload, { description: 'Declines a request (admins), saying why.' })
  declineOrganizationRequest(
    @Ctx() ctx: Context,
    @Arg('requestId', () => ID) requestId: string,
    @Arg('note', () => String, { defaultValue: '', description: 'Why, for the requester.' }) note: string,
  ) {
    return asPayload(ctx.request.locale, () => organizationProfileService.decide(ctx, requestId, false, cut(note)));
  }

  @Mutation(() => OrganizationPayload, {
    description: 'Edits the profile (its managers, admins); a stale `expectedVersion` saves nothing.',
  })
  updateOrganization(@Ctx() ctx: Context, @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput) {
    return asPayload(ctx.request.locale, () => organizationProfileService.update(ctx, input));
  }

  @Mutation(() => OrganizationPayload, {
    description: 'Lets its members co-sign findings on its behalf, or stops them (its managers, admins).',
  })
  setMembersMayCoSign(
    @Ctx() ctx: Context,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('allowed', () => Boolean) allowed: boolean,
  ) {
    return asPayload(ctx.request.locale, () =>
      organizationProfileService.setMembersMayCoSign(ctx, organizationId, allowed),
    );
  }

  @Mutation(() => InvitePayload, {
    description:
      'Makes an invitation link (its managers): single use, expires after 72 hours; mailed when an address is given.',
  })
  inviteMember(
    @Ctx() ctx: Context,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('email', () => String, { nullable: true, description: 'Mail the link to this address too.' }) email?: string,
  ) {
    return asPayload(ctx.request.locale, () => invitationService.invite(ctx, organizationId, cut(email, 2000)));
  }

  @Mutation(() => InvitationPayload, { description: 'Withdraws an open invitation (its organization’s managers).' })
  revokeInvitation(@Ctx() ctx: Context, @Arg('invitationId', () => ID) invitationId: string) {
    return asPayload(ctx.request.locale, () => invitationService.revoke(ctx, invitationId));
  }

  @Mutation(() => MembershipPayload, { description: 'Uses an invitation link (signed in): makes the viewer a member.' })
  acceptInvitation(@Ctx() ctx: Context, @Arg('token', () => String) token: string) {
    return asPayload(ctx.request.locale, () => invitationService.accept(ctx, cut(token, 200)));
  }

  @Mutation(() => JoinRequestPayload, { description: 'Asks to become a member (signed in, not a member).' })
  requestToJoin(
    @Ctx() ctx: Context,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('message', () => String, { defaultValue: '', description: 'A word to its managers.' }) message: string,
  ) {
    return asPayload(ctx.request.locale, () => membershipService.requestToJoin(ctx, organizationId, cut(message)));
  }

  @Mutation(() => JoinRequestPayload, { description: 'Accepts a request to join (its managers).' })
  acceptJoinRequest(@Ctx() ctx: Context, @Arg('requestId', () => ID) requestId: string) {
    return asPayload(ctx.request.locale, () => membershipService.decideJoinRequest(ctx, requestId, true));
  }

  @Mutation(() => JoinRequestPayload, { description: 'Declines a request to join (its managers).' })
  declineJoinRequest(@Ctx() ctx: Context, @Arg('requestId', () => ID) requestId: string) {
    return asPayload(ctx.request.locale, () => membershipService.decideJoinRequest(ctx, requestId, false));
  }

  @Mutation(() => MembershipPayload, {
    description: 'Makes a member a manager or a manager a member (its managers); the last manager cannot step down.',
  })
  setMemberAccess(
    @Ctx() ctx: Context,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('personId', () => ID) personId: string,
    @Arg('access', () => MembershipAccess) access: MembershipAccess,
  ) {
    return asPayload(ctx.request.locale, () => membershipService.setAccess(ctx, organizationId, personId, access));
  }

  @Mutation(() => MembershipPayload, {
    description: 'Removes a member (its managers), or leaves (the member); the last manager cannot leave.',
  })
  removeMember(
    @Ctx() ctx: Context,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('personId', () => ID) personId: string,
  ) {
    return asPayload(ctx.request.locale, () => membershipService.remove(ctx, organizationId, personId));
  }

  @Query(() => [OrganizationRequestType], {
    description: 'Organization requests (admins): pending ones oldest first, others newest first; at most 100.',
  })
  organizationRequests(
    @Ctx() ctx: Context,
    @Arg('state', () => RequestState, { nullable: true, description: 'Only requests in this state.' })
    state?: RequestState,
  ) {
    return organizationProfileService.requests(ctx, state);
  }

  @Query(() => [OrganizationRequestType], { description: 'The organization requests the viewer made, newest first.' })
  viewerOrganizationRequests(@Ctx() ctx: Context) {
    return organizationProfileService.viewerRequests(ctx);
  }

  @Query(() => InvitationPreviewType, {
    nullable: true,
    description: 'What an invitation link leads to, for its holder; null for a link that is not ours.',
  })
  invitation(@Ctx() ctx: Context, @Arg('token', () => String) token: string) {
    return invitationService.preview(ctx, cut(token, 200));
  }
}

@Resolver(() => OrganizationRequestType)
export class OrganizationRequestResolver {
  @FieldResolver(() => PersonType, { nullable: true, description: 'Who asked.' })
  requester(@Root() r: OrganizationRequestType, @Ctx() ctx: Context) {
    return ctx.loaders.personById.load(r.requesterId);
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: 'The organization created on approval.' })
  organization(@Root() r: OrganizationRequestType, @Ctx() ctx: Context) {
    return r.organizationId ? ctx.loaders.organizationById.load(r.organizationId) : null;
  }
}

@Resolver(() => JoinRequestType)
export class JoinRequestResolver {
  @FieldResolver(() => PersonType, { nullable: true, description: 'Who asks to join.' })
  person(@Root() j: JoinRequestType, @Ctx() ctx: Context) {
    return ctx.loaders.personById.load(j.personId);
  }
}

@Resolver(() => InvitationType)
export class InvitationResolver {
  @FieldResolver(() => PersonType, { nullable: true, description: 'The manager who made it.' })
  invitedBy(@Root() i: InvitationType, @Ctx() ctx: Context) {
    return ctx.loaders.personById.load(i.invitedById);
  }
}
