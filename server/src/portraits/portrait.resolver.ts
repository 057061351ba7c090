import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionNodeFields } from '../shared/selection.js';
import { preloadedOr } from './portrait.preload.js';
import type { Context } from '../shared/context.js';
import { PageArgs } from '../shared/pagination.js';
import { TerritoryType, ThemeType } from '../territories/territory.type.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { StoryType } from '../stories/story.type.js';
import { EU_SOURCES } from './portrait-parts.entity.js';
import {
  FundingLineType,
  FundingSummaryType,
  IndicatorType,
  PortraitConnection,
  PortraitPartnerType,
  PortraitType,
  StageEventType,
} from './portrait.type.js';
import { PortraitFilter, PortraitSort } from './portrait.inputs.js';
import { portraitService } from './portrait.service.js';

@Resolver(() => PortraitType)
export class PortraitResolver {
  @Query(() => PortraitConnection, { description: 'Project portraits.' })
  portraits(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PortraitFilter, { nullable: true }) filter?: PortraitFilter,
    @Arg('sort', () => PortraitSort, { defaultValue: PortraitSort.NAME }) sort: PortraitSort = PortraitSort.NAME,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return portraitService.list(ctx, filter, sort, page, info ? connectionNodeFields(info) : new Set());
  }

  @Query(() => PortraitType, { description: 'One portrait by its slug.' })
  portrait(@Ctx() ctx: Context, @Arg('slug', () => String) slug: string) {
    return portraitService.bySlug(ctx, slug);
  }

  @FieldResolver(() => TerritoryType, { description: 'Territory of the project.' })
  territory(@Root() p: PortraitType, @Ctx() ctx: Context) {
    return preloadedOr(p, 'territory', () => ctx.loaders.territoryById.load(p.territoryId));
  }

  @FieldResolver(() => [ThemeType], { description: 'Themes it addresses.' })
  themes(@Root() p: PortraitType, @Ctx() ctx: Context) {
    return preloadedOr(p, 'themes', () => ctx.loaders.themesByPortrait.load(p.id));
  }

  @FieldResolver(() => [IndicatorType], { description: 'Figures it reports.' })
  indicators(@Root() p: PortraitType, @Ctx() ctx: Context) {
    return preloadedOr(p, 'indicators', () => ctx.loaders.indicatorsByPortrait.load(p.id));
  }

  @FieldResolver(() => [FundingLineType], { description: 'Its funding mix, line by line.' })
  fundingLines(@Root() p: PortraitType, @Ctx() ctx: Context) {
    return preloadedOr(p, 'fundingLines', () => ctx.loaders.fundingByPortrait.load(p.id));
  }

  @FieldResolver(() => FundingSummaryType, { description: 'Totals of the funding mix, with the EU share.' })
  funding(@Root() p: PortraitType, @Ctx() ctx: Context) {
    // Synchronous when the lines were preloaded: a promise per item costs on long lists.
    const lines = preloadedOr(p, 'fundingLines', () => ctx.loaders.fundingByPortrait.load(p.id));
    return lines instanceof Promise
      ? lines.then((loaded) => portraitService.summarize(p.budgetTotal, loaded ?? []))
      : portraitService.summarize(p.budgetTotal, lines ?? []);
  }

  @FieldResolver(() => [PortraitPartnerType], { description: 'Organizations involved, carriers first.' })
  partners(@Root() p: PortraitType, @Ctx() ctx: Context) {
    return preloadedOr(p, 'partners', () => ctx.loaders.partnersByPortrait.load(p.id));
  }

  @FieldResolver(() => [StageEventType], { description: 'Dated stage history, oldest first.' })
  stageHistory(@Root() p: PortraitType, @Ctx() ctx: Context) {
    return preloadedOr(p, 'stageHistory', () => ctx.loaders.stageHistoryByPortrait.load(p.id));
  }

  @FieldResolver(() => PortraitType, { nullable: true, description: 'The portrait this project was spread from.' })
  replicatedFrom(@Root() p: PortraitType, @Ctx() ctx: Context) {
    const id = p.replicatedFromId;
    return preloadedOr(p, 'replicatedFrom', () => (id ? ctx.loaders.portraitById.load(id) : null));
  }

  @FieldResolver(() => [PortraitType], { description: 'Projects spread from this one.' })
  replications(@Root() p: PortraitType, @Ctx() ctx: Context) {
    return preloadedOr(p, 'replications', () => ctx.loaders.replicationsByPortrait.load(p.id));
  }

  @FieldResolver(() => [StoryType], { description: 'Stories about the project.' })
  stories(@Root() p: PortraitType, @Ctx() ctx: Context) {
    return ctx.loaders.storiesByPortrait.load(p.id);
  }
}

@Resolver(() => FundingLineType)
export class FundingLineResolver {
  @FieldResolver(() => Boolean, { description: 'True for European funds.' })
  isEu(@Root() line: FundingLineType) {
    return EU_SOURCES.includes(line.sourceKind);
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: 'The funder, when it is a known organization.',
  })
  funder(@Root() line: FundingLineType, @Ctx() ctx: Context) {
    if (line.funder !== undefined) return line.funder;
    return line.funderId ? ctx.loaders.organizationById.load(line.funderId) : null;
  }
}

@Resolver(() => PortraitPartnerType)
export class PortraitPartnerResolver {
  @FieldResolver(() => OrganizationType, { description: 'The organization.' })
  organization(@Root() pp: PortraitPartnerType, @Ctx() ctx: Context) {
    return pp.organization ?? ctx.loaders.organizationById.load(pp.organizationId);
  }

  @FieldResolver(() => PortraitType, { nullable: true, description: 'The project (null when not visible to you).' })
  async portrait(@Root() pp: PortraitPartnerType, @Ctx() ctx: Context) {
    return ctx.loaders.portraitById.load(pp.portraitId);
  }
}
