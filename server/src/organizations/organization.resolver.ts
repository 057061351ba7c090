import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { PageArgs } from '../shared/pagination.js';
import { TerritoryType } from '../territories/territory.type.js';
import { PersonType } from '../people/person.type.js';
import { PortraitPartnerType } from '../portraits/portrait.type.js';
import { MembershipType, OrganizationConnection, OrganizationType } from './organization.type.js';
import { OrganizationFilter, OrganizationSort } from './organization.inputs.js';
import { organizationService } from './organization.service.js';

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

  @FieldResolver(() => [MembershipType], { description: 'Its people and their roles.' })
  members(@Root() o: OrganizationType, @Ctx() ctx: Context) {
    return ctx.loaders.membersByOrganization.load(o.id);
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
