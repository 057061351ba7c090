import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { asPayload } from '../shared/payload.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { FindingType } from './finding.type.js';
import { FindingPayload } from './finding-payload.type.js';
import { supportPolicy } from './support.policy.js';
import { supportService } from './support.service.js';

@Resolver(() => FindingType)
export class SupportResolver {
  @FieldResolver(() => Int, { description: 'People who share this finding ("je partage ce constat").' })
  supportCount(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.supportCountByFinding.load(f.id);
  }

  @FieldResolver(() => [OrganizationType], {
    description: 'Organizations that co-sign it: a member supported it on their behalf.',
  })
  cosigners(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.cosignersByFinding.load(f.id);
  }

  @FieldResolver(() => Boolean, { description: 'You support it.' })
  async viewerSupports(@Root() f: FindingType, @Ctx() ctx: Context) {
    return (await ctx.loaders.viewerSupportByFinding.load(f.id)) !== null;
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: 'The organization you co-signed it for, if you supported it on one’s behalf.',
  })
  async viewerCosignedFor(@Root() f: FindingType, @Ctx() ctx: Context) {
    const own = await ctx.loaders.viewerSupportByFinding.load(f.id);
    return own?.organizationId ? ctx.loaders.organizationById.load(own.organizationId) : null;
  }

  @FieldResolver(() => [OrganizationType], {
    description: 'Organizations you may co-sign for: yours, that let their members do so. Empty when signed out.',
  })
  viewerCoSignOrganizations(@Ctx() ctx: Context) {
    return ctx.viewer.kind === 'person' ? ctx.loaders.coSignOrganizationsByPerson.load(ctx.viewer.personId) : [];
  }

  @FieldResolver(() => Boolean, {
    description: 'You may support it now (signed in, during the consultation, once it is reviewed).',
  })
  async viewerCanSupport(@Root() f: FindingType, @Ctx() ctx: Context) {
    const d = await ctx.loaders.diagnosisById.load(f.diagnosisId);
    return d !== null && supportPolicy.canSupport(ctx.viewer, d, f);
  }

  @Mutation(() => FindingPayload, {
    description:
      'Shares a finding ("je partage ce constat"), once per person; with `organizationId`, co-signs it on behalf ' +
      'of an organization you belong to that lets its members do so. Supporting again changes the organization.',
  })
  supportFinding(
    @Ctx() ctx: Context,
    @Arg('findingId', () => ID, { description: 'The finding.' }) findingId: string,
    @Arg('organizationId', () => ID, {
      nullable: true,
      description: 'The organization you co-sign for; none: for yourself.',
    })
    organizationId?: string | null,
  ) {
    return asPayload(ctx.request.locale, () => supportService.support(ctx, findingId, organizationId));
  }

  @Mutation(() => FindingPayload, { description: 'Withdraws your support (and any co-signature with it).' })
  withdrawSupport(@Ctx() ctx: Context, @Arg('findingId', () => ID, { description: 'The finding.' }) findingId: string) {
    return asPayload(ctx.request.locale, () => supportService.withdraw(ctx, findingId));
  }
}
