import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { asPayload } from '../shared/payload.js';
import { PersonType } from '../people/person.type.js';
import { FindingType } from './finding.type.js';
import { SuggestFindingEditInput, SuggestionDecision } from './finding.inputs.js';
import { DiffPart } from './revision.type.js';
import { statementDiff } from './revision.diff.js';
import { FindingSuggestionPayload, FindingSuggestionType, ReviewFindingSuggestionPayload } from './suggestion.type.js';
import { suggestionService } from './suggestion.service.js';

@Resolver(() => FindingSuggestionType)
export class FindingSuggestionResolver {
  @FieldResolver(() => PersonType, { nullable: true, description: 'Who suggested it.' })
  async author(@Root() s: FindingSuggestionType, @Ctx() ctx: Context) {
    return ctx.loaders.personById.load(s.authorId);
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'The coordinator who reviewed it.' })
  async reviewedBy(@Root() s: FindingSuggestionType, @Ctx() ctx: Context) {
    return s.reviewedById ? ctx.loaders.personById.load(s.reviewedById) : null;
  }

  @FieldResolver(() => FindingType, { nullable: true, description: 'The finding it would change.' })
  async finding(@Root() s: FindingSuggestionType, @Ctx() ctx: Context) {
    return ctx.loaders.findingById.load(s.findingId);
  }

  @FieldResolver(() => [DiffPart], {
    description: 'From the finding’s statement now to the one suggested, word by word: what accepting it would change.',
  })
  async statementDiff(@Root() s: FindingSuggestionType, @Ctx() ctx: Context): Promise<DiffPart[]> {
    const finding = await ctx.loaders.findingById.load(s.findingId);
    return statementDiff(finding?.statement ?? '', s.statement);
  }

  @Mutation(() => FindingSuggestionPayload, {
    description:
      'Suggests an edit of a finding to its coordinators (signed in, during the consultation). Coordinators and ' +
      'you see it until it is reviewed.',
  })
  suggestFindingEdit(@Ctx() ctx: Context, @Arg('input', () => SuggestFindingEditInput) input: SuggestFindingEditInput) {
    return asPayload(ctx.request.locale, () => suggestionService.suggest(ctx, input));
  }

  @Mutation(() => ReviewFindingSuggestionPayload, {
    description:
      'Accepts (the suggested title and statement become a revision) or declines a suggestion, with a note ' +
      '(coordinators; once).',
  })
  reviewFindingSuggestion(
    @Ctx() ctx: Context,
    @Arg('suggestionId', () => ID, { description: 'The suggestion.' }) suggestionId: string,
    @Arg('decision', () => SuggestionDecision, { description: 'Accept or decline.' }) decision: SuggestionDecision,
    @Arg('note', () => String, { nullable: true, description: 'Why, for its author (at most 500 characters).' })
    note: string | null | undefined,
  ) {
    return asPayload(ctx.request.locale, () =>
      suggestionService.review(ctx, suggestionId, decision, note?.slice(0, 4000)),
    );
  }
}

@Resolver(() => FindingType)
export class FindingSuggestionsResolver {
  @FieldResolver(() => [FindingSuggestionType], {
    description: 'Edits suggested, newest first: all of them for its coordinators, your own for you, none for others.',
  })
  suggestions(@Root() f: FindingType, @Ctx() ctx: Context) {
    return ctx.loaders.suggestionsByFinding.load(f.id);
  }
}
