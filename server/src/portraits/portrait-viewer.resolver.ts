import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import { ViewerType } from '../accounts/account.type.js';
import type { Context } from '../shared/context.js';
import { portraitPolicy } from './portrait.policy.js';

/** What the viewer may do with portraits, said by the rule the mutations apply: the site guesses nothing. */
@Resolver(() => ViewerType)
export class PortraitViewerResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether you may start a portrait: coordinators and admins, and stakeholders (for an organization they belong to).',
  })
  canWritePortraits(@Ctx() ctx: Context): boolean {
    return portraitPolicy.canCreate(ctx.viewer);
  }
}
