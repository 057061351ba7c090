import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ImageType } from '../media/image.type.js';
import type { Context } from '../shared/context.js';
import { PageArgs } from '../shared/pagination.js';
import { TerritoryType } from '../territories/territory.type.js';
import { PersonType } from '../people/person.type.js';
import { PortraitPartnerType } from '../portraits/portrait.type.js';
import { MembershipType, OrganizationConnection, OrganizationType } from './organization.type.js';
import { OrganizationFilter, OrganizationSort } from './organization.inputs.js';
import { organizationService } from './organization.service.js';
import { MembershipAccess } from './organization.entity.js';
import { RequestState } from './join-request.entity.js';
import { InvitationType, JoinRequestType } from './organization-admission.type.js';
import { canManage, canRequestToJoin } from './organization.policy.js';

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Organizations taking part in the social labs.' })
  organizations(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter?: OrganizationFilter,
    @Arg('sort', () => OrganizationSort, { defaultValue: OrganizationSort.NAME })
    sort: OrganizationSort = OrganizationSort.NAME,
  ) {
    return organizationService.list(ctx, filter, sort, page);
  }

  @Query(() => OrganizationType, { description: 'One organization by its slug.' })
  organization(@Ctx() ctx: Context, @Arg('slug', () => String) slug: string) {
    return organizationService.bySlug(ctx, slug);
  }

  @FieldResolver(() => TerritoryType, { nullable: true, description: 'Territory it is based on, if any.' })
  territory(@Root() o: OrganizationType, @Ctx() ctx: Context) {
    return o.territoryId ? ctx.loaders.territoryById.load(o.territoryId) : null;
  }

  @FieldResolver(() => ImageType, { nullable: true, description: 'Its logo, if it has one.' })
  logo(@Root() o: OrganizationType, @Ctx() ctx: Context) {
    return o.logoId ? ctx.loaders.imageById.load(o.logoId) : null;
  }

  @FieldResolver(() => [MembershipType], { description: 'Its people and their roles.' })
  members(@Root() o: OrganizationType, @Ctx() ctx: Context) {
    return ctx.loaders.membersByOrganization.load(o.id);
  }

  @FieldResolver(() => MembershipAccess, {
    nullable: true,
    description: 'The viewer’s access, when they are a member.',
  })
  async viewerAccess(@Root() o: OrganizationType, @Ctx() ctx: Context) {
    return (await ctx.loaders.viewerMembershipByOrganization.load(o.id))[0]?.access ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'The viewer may edit it and decide who belongs to it.' })
  async viewerCanManage(@Root() o: OrganizationType, @Ctx() ctx: Context) {
    return canManage(ctx.viewer, (await ctx.loaders.viewerMembershipByOrganization.load(o.id))[0]?.access ?? null);
  }

  @FieldResolver(() => Boolean, { description: 'The viewer is signed in, not a member, and may ask to join.' })
  async viewerCanRequestToJoin(@Root() o: OrganizationType, @Ctx() ctx: Context) {
    const tie = (await ctx.loaders.viewerMembershipByOrganization.load(o.id))[0]?.access ?? null;
    const request = (await ctx.loaders.viewerJoinRequestByOrganization.load(o.id))[0];
    return canRequestToJoin(ctx.viewer, tie) && request?.state !== RequestState.PENDING;
  }

  @FieldResolver(() => JoinRequestType, { nullable: true, description: 'The viewer’s own request to join, if any.' })
  async viewerJoinRequest(@Root() o: OrganizationType, @Ctx() ctx: Context) {
    return (await ctx.loaders.viewerJoinRequestByOrganization.load(o.id))[0] ?? null;
  }

  @FieldResolver(() => [InvitationType], {
    nullable: true,
    description: 'Open invitations, newest first: for its managers (null for anyone else).',
  })
  async invitations(@Root() o: OrganizationType, @Ctx() ctx: Context) {
    const tie = (await ctx.loaders.viewerMembershipByOrganization.load(o.id))[0]?.access ?? null;
    return canManage(ctx.viewer, tie) ? ctx.loaders.openInvitationsByOrganization.load(o.id) : null;
  }

  @FieldResolver(() => [JoinRequestType], {
    nullable: true,
    description: 'Pending requests to join, oldest first: for its managers (null for anyone else).',
  })
  async joinRequests(@Root() o: OrganizationType, @Ctx() ctx: Context) {
    const tie = (await ctx.loaders.viewerMembershipByOrganization.load(o.id))[0]?.access ?? null;
    return canManage(ctx.viewer, tie) ? ctx.loaders.pendingJoinRequestsByOrganization.load(o.id) : null;
  }

  @FieldResolver(() => [PortraitPartnerType], { description: 'The projects it carries, funds, supports or partners.' })
  partnerships(@Root() o: OrganizationType, @Ctx() ctx: Context) {
    return ctx.loaders.partnershipsByOrganization.load(o.id);
  }
}

@Resolver(() => MembershipType)
export class MembershipResolver {
  @FieldResolver(() => PersonType, { description: 'The member.' })
  async person(@Root() m: MembershipType, @Ctx() ctx: Context) {
    return ctx.loaders.personById.load(m.personId);
  }

  @FieldResolver(() => OrganizationType, { description: 'The organization.' })
  async organization(@Root() m: MembershipType, @Ctx() ctx: Context) {
    return ctx.loaders.organizationById.load(m.organizationId);
  }
}

@Resolver(() => PersonType)
export class PersonResolver {
  @FieldResolver(() => [MembershipType], { description: 'Organizations the person belongs to, with their role.' })
  memberships(@Root() p: PersonType, @Ctx() ctx: Context) {
    return ctx.loaders.membershipsByPerson.load(p.id);
  }
}
