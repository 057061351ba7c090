import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { PageArgs } from '../shared/pagination.js';
import { idOf } from '../shared/ids.js';
import { NeighbourhoodType, TerritoryType, ThemeType } from '../territories/territory.type.js';
import { PersonType } from '../people/person.type.js';
import { ContributionKind } from '../contributions/contribution.entity.js';
import { ContributionType } from '../contributions/contribution.type.js';
import { PromptType, WorkshopConnection, WorkshopType } from './workshop.type.js';
import { WorkshopFilter, WorkshopSort } from './workshop.inputs.js';
import { workshopService } from './workshop.service.js';

@Resolver(() => WorkshopType)
export class WorkshopResolver {
  @Query(() => WorkshopConnection, { description: 'Workshops, meetings, forums and breakfast talks.' })
  workshops(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => WorkshopFilter, { nullable: true }) filter?: WorkshopFilter,
    @Arg('sort', () => WorkshopSort, { defaultValue: WorkshopSort.LATEST }) sort: WorkshopSort = WorkshopSort.LATEST,
  ) {
    return workshopService.list(ctx, filter, sort, page);
  }

  @Query(() => WorkshopType, { description: 'One workshop by its slug.' })
  workshop(@Ctx() ctx: Context, @Arg('slug', () => String) slug: string) {
    return workshopService.bySlug(ctx, slug);
  }

  @FieldResolver(() => TerritoryType, { description: 'Territory it is held on.' })
  async territory(@Root() w: WorkshopType, @Ctx() ctx: Context) {
    return ctx.loaders.territoryById.load(w.territoryId);
  }

  @FieldResolver(() => [NeighbourhoodType], { description: 'Neighbourhoods it concerns.' })
  neighbourhoods(@Root() w: WorkshopType, @Ctx() ctx: Context) {
    return ctx.loaders.neighbourhoodsByWorkshop.load(w.id);
  }

  @FieldResolver(() => [ThemeType], { description: 'Themes on the agenda.' })
  themes(@Root() w: WorkshopType, @Ctx() ctx: Context) {
    return ctx.loaders.themesByWorkshop.load(w.id);
  }

  @FieldResolver(() => [PromptType], { description: 'Questions put to the room, in order.' })
  prompts(@Root() w: WorkshopType, @Ctx() ctx: Context) {
    return ctx.loaders.promptsByWorkshop.load(w.id);
  }

  @FieldResolver(() => [PersonType], { description: 'Coordinators running it.' })
  coordinators(@Root() w: WorkshopType, @Ctx() ctx: Context) {
    return ctx.loaders.coordinatorsByWorkshop.load(w.id);
  }

  @FieldResolver(() => Int, { description: 'Number of published contributions (replies excluded).' })
  contributionCount(@Root() w: WorkshopType, @Ctx() ctx: Context) {
    return ctx.loaders.contributionCountByWorkshop.load(w.id);
  }

  @FieldResolver(() => [ContributionType], {
    description:
      'The board: published contributions and your own still waiting for approval (replies excluded); ' +
      'pinned first, then most supported.',
  })
  async contributions(
    @Root() w: WorkshopType,
    @Ctx() ctx: Context,
    @Arg('kind', () => ContributionKind, { nullable: true }) kind?: ContributionKind,
    @Arg('prompt', () => ID, { nullable: true, description: 'Only answers to this prompt.' }) prompt?: string,
    @Arg('first', () => Int, { defaultValue: 200, description: 'At most this many (1–500).' }) first = 200,
  ) {
    const promptId = prompt ? idOf('Prompt', prompt, 'prompt') : undefined;
    const all = await ctx.loaders.contributionsByWorkshop.load(w.id);
    return all
      .filter((c) => (!kind || c.kind === kind) && (!promptId || c.promptId === promptId))
      .slice(0, Math.min(Math.max(first, 1), 500));
  }
}
