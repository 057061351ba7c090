import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { asPayload } from '../shared/payload.js';
import { PersonType } from '../people/person.type.js';
import { FindingType } from './finding.type.js';
import { FindingCommentPayload, FindingCommentType } from './comment.type.js';
import { commentLimits, commentPolicy } from './comment.policy.js';
import { commentService } from './comment.service.js';

@Resolver(() => FindingCommentType)
export class FindingCommentResolver {
  @FieldResolver(() => PersonType, { nullable: true, description: 'Who wrote it.' })
  author(@Root() c: FindingCommentType, @Ctx() ctx: Context) {
    return ctx.loaders.personById.load(c.authorId);
  }
}

@Resolver(() => FindingType)
export class FindingCommentsResolver {
  @FieldResolver(() => [FindingCommentType], {
    description: 'Comments, oldest first; hidden ones are listed to its diagnosis’s coordinators only.',
  })
  comments(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.commentsByFinding.load(f.id);
  }

  @FieldResolver(() => Boolean, { description: 'You may comment on it now (signed in, during the consultation).' })
  async viewerCanComment(@Root() f: FindingType, @Ctx() ctx: Context) {
    const d = await ctx.loaders.diagnosisById.load(f.diagnosisId);
    return d !== null && commentPolicy.canComment(ctx.viewer, d, f);
  }

  @Mutation(() => FindingCommentPayload, {
    description: 'Comments on a finding (signed in, while its diagnosis is in consultation).',
  })
  commentOnFinding(
    @Ctx() ctx: Context,
    @Arg('findingId', () => ID, { description: 'The finding.' }) findingId: string,
    @Arg('body', () => String, {
      description: `The comment, plain text: ${commentLimits.min} to ${commentLimits.max} characters.`,
    })
    body: string,
  ) {
    return asPayload(ctx.request.locale, () => commentService.comment(ctx, findingId, body));
  }

  @Mutation(() => FindingCommentPayload, {
    description: 'Hides a comment (its diagnosis’s coordinators): from then on it is listed to them only.',
  })
  hideFindingComment(
    @Ctx() ctx: Context,
    @Arg('commentId', () => ID, { description: 'The comment.' }) commentId: string,
  ) {
    return asPayload(ctx.request.locale, () => commentService.hide(ctx, commentId));
  }
}
