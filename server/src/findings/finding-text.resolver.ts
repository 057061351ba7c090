import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { renderMarkdown } from '../shared/markdown.js';
import { PersonType } from '../people/person.type.js';
import { FindingType } from './finding.type.js';
import { findingPolicy } from './finding.policy.js';

/** A finding's text as read, who is behind it, and what this viewer may do with it (finding.policy.ts). */
@Resolver(() => FindingType)
export class FindingTextResolver {
  @FieldResolver(() => String, { description: 'The statement rendered to HTML, sanitized (safe to insert).' })
  statementHtml(@Root() f: FindingType): string {
    return renderMarkdown(f.statement);
  }

  @FieldResolver(() => FindingType, {
    nullable: true,
    description: 'For status MERGED: the finding that carries on what it said (null when you may not see it).',
  })
  async mergedInto(@Root() f: FindingType, @Ctx() ctx: Context) {
    return f.mergedIntoId ? ctx.loaders.findingById.load(f.mergedIntoId) : null;
  }

  @FieldResolver(() => PersonType, {
    nullable: true,
    description: 'The participant who proposed it (null for what coordinators wrote).',
  })
  async proposedBy(@Root() f: FindingType, @Ctx() ctx: Context) {
    return f.proposedById ? ctx.loaders.personById.load(f.proposedById) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'You coordinate its diagnosis, which is not frozen, and it is not merged: `updateFinding`, `moveFinding`, ' +
      '`setFindingStatus`, `mergeFindings` and `restoreFindingRevision` would accept it.',
  })
  async viewerCanEdit(@Root() f: FindingType, @Ctx() ctx: Context): Promise<boolean> {
    const diagnosis = await ctx.loaders.diagnosisById.load(f.diagnosisId);
    return diagnosis !== null && findingPolicy.canEdit(ctx.viewer, diagnosis, f);
  }

  @FieldResolver(() => Boolean, {
    description:
      'You are signed in, its diagnosis is in consultation and it is not merged: `suggestFindingEdit` would ' +
      'accept a suggestion.',
  })
  async viewerCanSuggest(@Root() f: FindingType, @Ctx() ctx: Context): Promise<boolean> {
    const diagnosis = await ctx.loaders.diagnosisById.load(f.diagnosisId);
    return diagnosis !== null && findingPolicy.canSuggest(ctx.viewer, diagnosis, f);
  }
}
