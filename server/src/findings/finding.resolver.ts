import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { NeighbourhoodType, ThemeType } from '../territories/territory.type.js';
import { StoryType } from '../stories/story.type.js';
import { DiagnosisType } from '../diagnosis/diagnosis.type.js';
import { FindingType } from './finding.type.js';

@Resolver(() => FindingType)
export class FindingResolver {
  @FieldResolver(() => DiagnosisType, { description: 'The diagnosis it belongs to.' })
  async diagnosis(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.diagnosisById.load(f.diagnosisId);
  }

  @FieldResolver(() => [ThemeType], { description: 'Themes concerned.' })
  themes(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.themesByFinding.load(f.id);
  }

  @FieldResolver(() => [NeighbourhoodType], { description: 'Neighbourhoods concerned.' })
  neighbourhoods(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.neighbourhoodsByFinding.load(f.id);
  }

  @FieldResolver(() => [StoryType], { description: 'Stories that illustrate it.' })
  stories(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.storiesByFinding.load(f.id);
  }
}
