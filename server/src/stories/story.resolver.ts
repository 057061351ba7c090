import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { PageArgs } from '../shared/pagination.js';
import { renderMarkdown } from '../shared/markdown.js';
import { TerritoryType } from '../territories/territory.type.js';
import { PortraitType } from '../portraits/portrait.type.js';
import { FindingType } from '../findings/finding.type.js';
import { StoryConnection, StoryTellerType, StoryType } from './story.type.js';
import { StoryFilter, StorySort } from './story.inputs.js';
import { storyService } from './story.service.js';

@Resolver(() => StoryType)
export class StoryResolver {
  @Query(() => StoryConnection, { description: 'Experience stories and testimonies.' })
  stories(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => StoryFilter, { nullable: true }) filter?: StoryFilter,
    @Arg('sort', () => StorySort, { defaultValue: StorySort.NEWEST }) sort: StorySort = StorySort.NEWEST,
  ) {
    return storyService.list(ctx, filter, sort, page);
  }

  @Query(() => StoryType, { description: 'One story by its slug.' })
  story(@Ctx() ctx: Context, @Arg('slug', () => String) slug: string) {
    return storyService.bySlug(ctx, slug);
  }

  @FieldResolver(() => String, { description: 'The story rendered to HTML, sanitized: safe to insert in a page.' })
  bodyHtml(@Root() s: StoryType) {
    return renderMarkdown(s.bodyMarkdown);
  }

  @FieldResolver(() => StoryTellerType, { nullable: true, description: 'Who tells it; null when anonymous.' })
  teller(@Root() s: StoryType): StoryTellerType | null {
    return s.tellerName ? { name: s.tellerName, role: s.tellerRole } : null;
  }

  @FieldResolver(() => Boolean, { description: 'True when the teller stays anonymous.' })
  anonymous(@Root() s: StoryType) {
    return !s.tellerName;
  }

  @FieldResolver(() => TerritoryType, { description: 'Territory the story comes from.' })
  async territory(@Root() s: StoryType, @Ctx() ctx: Context) {
    return ctx.loaders.territoryById.load(s.territoryId);
  }

  @FieldResolver(() => PortraitType, { nullable: true, description: 'The project it is about, if any.' })
  async portrait(@Root() s: StoryType, @Ctx() ctx: Context) {
    return s.portraitId ? ctx.loaders.portraitById.load(s.portraitId) : null;
  }

  @FieldResolver(() => [FindingType], { description: 'Diagnosis findings the story illustrates.' })
  findings(@Root() s: StoryType, @Ctx() ctx: Context) {
    return ctx.loaders.findingsByStory.load(s.id);
  }
}
