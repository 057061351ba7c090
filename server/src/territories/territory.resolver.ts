import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { PageArgs } from '../shared/pagination.js';
import { NeighbourhoodType, TerritoryConnection, TerritoryType, ThemeType } from './territory.type.js';
import { TerritoryFilter, TerritorySort } from './territory.inputs.js';
import { territoryService } from './territory.service.js';
import { PortraitType } from '../portraits/portrait.type.js';
import { WorkshopType } from '../workshops/workshop.type.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { DiagnosisType } from '../diagnosis/diagnosis.type.js';
import { StoryType } from '../stories/story.type.js';

@Resolver(() => TerritoryType)
export class TerritoryResolver {
  @Query(() => TerritoryConnection, { description: 'Territories running a social lab.' })
  territories(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => TerritoryFilter, { nullable: true }) filter?: TerritoryFilter,
    @Arg('sort', () => TerritorySort, { defaultValue: TerritorySort.NAME }) sort: TerritorySort = TerritorySort.NAME,
  ) {
    return territoryService.list(ctx, filter, sort, page);
  }

  @Query(() => TerritoryType, { description: 'One territory by its slug.' })
  territory(@Ctx() ctx: Context, @Arg('slug', () => String) slug: string) {
    return territoryService.bySlug(ctx, slug);
  }

  @Query(() => [ThemeType], { description: 'Every theme, by name.' })
  themes(@Ctx() ctx: Context) {
    return territoryService.themes(ctx);
  }

  @FieldResolver(() => [NeighbourhoodType], { description: 'Its priority neighbourhoods.' })
  neighbourhoods(@Root() t: TerritoryType, @Ctx() ctx: Context) {
    return ctx.loaders.neighbourhoodsByTerritory.load(t.id);
  }

  @FieldResolver(() => [ThemeType], { name: 'themes', description: 'The challenges it works on.' })
  themesOf(@Root() t: TerritoryType, @Ctx() ctx: Context) {
    return ctx.loaders.themesByTerritory.load(t.id);
  }

  @FieldResolver(() => [PortraitType], { description: 'Project portraits of the territory, by name.' })
  portraits(@Root() t: TerritoryType, @Ctx() ctx: Context) {
    return ctx.loaders.portraitsByTerritory.load(t.id);
  }

  @FieldResolver(() => [StoryType], { description: 'Stories told on the territory, newest first.' })
  stories(@Root() t: TerritoryType, @Ctx() ctx: Context) {
    return ctx.loaders.storiesByTerritory.load(t.id);
  }

  @FieldResolver(() => [WorkshopType], { description: 'Workshops held on the territory, newest first.' })
  workshops(@Root() t: TerritoryType, @Ctx() ctx: Context) {
    return ctx.loaders.workshopsByTerritory.load(t.id);
  }

  @FieldResolver(() => [OrganizationType], { description: 'Organizations based on the territory.' })
  organizations(@Root() t: TerritoryType, @Ctx() ctx: Context) {
    return ctx.loaders.organizationsByTerritory.load(t.id);
  }

  @FieldResolver(() => [DiagnosisType], { description: 'Its shared diagnoses, newest period first.' })
  diagnoses(@Root() t: TerritoryType, @Ctx() ctx: Context) {
    return ctx.loaders.diagnosesByTerritory.load(t.id);
  }
}

@Resolver(() => NeighbourhoodType)
export class NeighbourhoodResolver {
  @FieldResolver(() => TerritoryType, { description: 'The territory it belongs to.' })
  async territory(@Root() n: NeighbourhoodType, @Ctx() ctx: Context) {
    return ctx.loaders.territoryById.load(n.territoryId);
  }
}
