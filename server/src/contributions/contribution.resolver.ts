import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { NeighbourhoodType, ThemeType } from '../territories/territory.type.js';
import { PersonType } from '../people/person.type.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { PromptType, WorkshopType } from '../workshops/workshop.type.js';
import { ContributionType } from './contribution.type.js';
import { contributionService } from './contribution.service.js';

@Resolver(() => ContributionType)
export class ContributionResolver {
  @FieldResolver(() => String, { description: 'Name to show: the guest’s, the person’s, or the organization’s.' })
  authorName(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return contributionService.authorName(ctx, c);
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'Author, when signed in.' })
  async author(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return c.authorId ? ctx.loaders.personById.load(c.authorId) : null;
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: 'Organization the author speaks for.' })
  async organization(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return c.organizationId ? ctx.loaders.organizationById.load(c.organizationId) : null;
  }

  @FieldResolver(() => WorkshopType, { description: 'Workshop it was posted in.' })
  async workshop(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return ctx.loaders.workshopById.load(c.workshopId);
  }

  @FieldResolver(() => PromptType, { nullable: true, description: 'Question it answers.' })
  async prompt(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return c.promptId ? ctx.loaders.promptById.load(c.promptId) : null;
  }

  @FieldResolver(() => [ThemeType], { description: 'Themes it touches.' })
  themes(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return ctx.loaders.themesByContribution.load(c.id);
  }

  @FieldResolver(() => NeighbourhoodType, { nullable: true, description: 'Neighbourhood it concerns.' })
  async neighbourhood(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return c.neighbourhoodId ? ctx.loaders.neighbourhoodById.load(c.neighbourhoodId) : null;
  }

  @FieldResolver(() => ContributionType, { nullable: true, description: 'The contribution this one replies to.' })
  async parent(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return c.parentId ? ctx.loaders.contributionById.load(c.parentId) : null;
  }

  @FieldResolver(() => [ContributionType], { description: 'Replies, oldest first.' })
  replies(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return ctx.loaders.repliesByContribution.load(c.id);
  }
}
