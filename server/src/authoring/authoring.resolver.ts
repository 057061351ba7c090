import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { PageArgs } from '../shared/pagination.js';
import { asPayload } from '../shared/payload.js';
import { draftReads } from './draft.reads.js';
import { DraftSummaryConnection, RequestChangesInput, RequestChangesPayload } from './draft.type.js';
import { authoringMoves } from './authoring.moves.js';

@Resolver()
export class AuthoringResolver {
  @Query(() => DraftSummaryConnection, {
    description: 'Your drafts of every kind (those you started or worked on), the latest changed first.',
  })
  myDrafts(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return draftReads.mine(ctx, page);
  }

  @Query(() => DraftSummaryConnection, {
    description: 'Coordinators and admins: drafts submitted for review, every kind, the longest waiting first.',
  })
  draftsToReview(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return draftReads.toReview(ctx, page);
  }

  @Mutation(() => RequestChangesPayload, {
    description:
      'Coordinators and admins ask the authors of a submitted story or portrait for changes, with a note they read; ' +
      'a stale version saves nothing and answers DRAFT_CHANGED with the draft as it now is.',
  })
  requestChanges(@Ctx() ctx: Context, @Arg('input', () => RequestChangesInput) input: RequestChangesInput) {
    return asPayload(ctx.request.locale, () => authoringMoves.requestChanges(ctx, input));
  }
}
