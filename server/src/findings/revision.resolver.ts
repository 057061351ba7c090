import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { asPayload } from '../shared/payload.js';
import { PersonType } from '../people/person.type.js';
import { FindingType } from './finding.type.js';
import { FindingPayload } from './finding-payload.type.js';
import { DiffPart, FindingRevisionType } from './revision.type.js';
import { revisionService } from './revision.service.js';
import { statementDiff } from './revision.diff.js';

@Resolver(() => FindingRevisionType)
export class FindingRevisionResolver {
  @FieldResolver(() => PersonType, { nullable: true, description: 'Who made the change.' })
  async author(@Root() r: FindingRevisionType, @Ctx() ctx: Context) {
    return r.authorId ? ctx.loaders.personById.load(r.authorId) : null;
  }

  @FieldResolver(() => [DiffPart], {
    description: 'The statement before → after, word by word (for its creation, all added).',
  })
  statementDiff(@Root() r: FindingRevisionType): DiffPart[] {
    return statementDiff(r.before?.statement ?? '', r.after.statement);
  }

  @Mutation(() => FindingPayload, {
    description:
      'Makes a revision’s text the finding’s current one, as a new revision (coordinators). A stale ' +
      '`expectedVersion` saves nothing: FINDING_CHANGED with the finding as it now is.',
  })
  restoreFindingRevision(
    @Ctx() ctx: Context,
    @Arg('revisionId', () => ID, { description: 'The revision whose text to restore.' }) revisionId: string,
    @Arg('expectedVersion', () => Int, { description: 'The finding’s `version` the restore was decided on.' })
    expectedVersion: number,
  ) {
    return asPayload(ctx.request.locale, () => revisionService.restore(ctx, revisionId, expectedVersion));
  }
}

@Resolver(() => FindingType)
export class FindingHistoryResolver {
  @FieldResolver(() => [FindingRevisionType], { description: 'Every change of it, newest first.' })
  revisions(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.revisionsByFinding.load(f.id);
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'Who changed it last.' })
  async lastChangedBy(@Root() f: FindingType, @Ctx() ctx: Context) {
    const [last] = await ctx.loaders.lastRevisionByFinding.load(f.id);
    return last?.authorId ? ctx.loaders.personById.load(last.authorId) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When it last changed (null when it has no history).' })
  async lastChangedAt(@Root() f: FindingType, @Ctx() ctx: Context) {
    const [last] = await ctx.loaders.lastRevisionByFinding.load(f.id);
    return last?.createdAt ?? null;
  }
}
