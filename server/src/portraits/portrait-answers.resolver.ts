import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { FindingType } from '../findings/finding.type.js';
import { PortraitType } from './portrait.type.js';

@Resolver(() => PortraitType)
export class PortraitAnswersResolver {
  @FieldResolver(() => [FindingType], { description: 'The findings of a diagnosis this project answers.' })
  answers(@Root() p: PortraitType, @Ctx() ctx: Context) {
    return ctx.loaders.findingsByPortrait.load(p.id);
  }
}
