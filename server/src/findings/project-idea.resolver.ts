import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { asPayload } from '../shared/payload.js';
import { PortraitType } from '../portraits/portrait.type.js';
import { FindingType } from './finding.type.js';
import { titleLimits } from './finding.policy.js';
import { SpawnProjectIdeaPayload } from './project-idea.type.js';
import { projectIdeaService } from './project-idea.service.js';

@Resolver(() => FindingType)
export class ProjectIdeaResolver {
  @FieldResolver(() => [PortraitType], { description: 'The projects that answer it (published ones, for the public).' })
  answeredBy(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.portraitsByFinding.load(f.id);
  }

  @Mutation(() => SpawnProjectIdeaPayload, {
    description:
      'Turns a retained finding into a project idea (its diagnosis’s coordinators): a published portrait at stage ' +
      'UNCLAIMED_IDEA in the territory, answering the finding.',
  })
  spawnProjectIdea(
    @Ctx() ctx: Context,
    @Arg('findingId', () => ID, { description: 'The finding, which must be retained.' }) findingId: string,
    @Arg('title', () => String, {
      nullable: true,
      description: `The idea's name (${titleLimits.min} to ${titleLimits.max} characters); the finding's title if not given.`,
    })
    title?: string | null,
  ) {
    return asPayload(ctx.request.locale, () => projectIdeaService.spawn(ctx, findingId, title));
  }
}
