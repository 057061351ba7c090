import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { canModerate } from '../shared/viewer.js';
import { ContributionType } from '../contributions/contribution.type.js';
import { FindingType } from '../findings/finding.type.js';
import { FindingSuggestionType } from '../findings/suggestion.type.js';
import { reviewPolicy } from './review.policy.js';
import { reviewService } from './review.service.js';
import { ReportType, ReviewCountsType, ReviewQueueType } from './review.type.js';

/** A page of each kind: the rest comes once these are handled. */
const pageArg = { defaultValue: 50, description: 'How many, at most 100.' } as const;
const page = (first: number) => Math.min(Math.max(first, 0), 100);

@Resolver(() => ReviewQueueType)
export class ReviewResolver {
  @Query(() => ReviewQueueType, {
    nullable: true,
    description:
      'What waits for the viewer’s review; null for those who review nothing (only coordinators and admins do).',
  })
  toReview(@Ctx() ctx: Context): ReviewQueueType | null {
    return reviewPolicy.hasQueue(ctx.viewer) && ctx.viewer.kind === 'person' ? { personId: ctx.viewer.personId } : null;
  }

  @FieldResolver(() => ReviewCountsType, { description: 'How many items wait, by kind.' })
  counts(@Ctx() ctx: Context) {
    return reviewService.counts(ctx);
  }

  @FieldResolver(() => [ContributionType], { description: 'Contributions held in the queue of a strict workshop.' })
  pendingContributions(@Ctx() ctx: Context, @Arg('first', () => Int, pageArg) first: number) {
    return reviewService.pendingContributions(ctx, page(first));
  }

  @FieldResolver(() => [ContributionType], { description: 'Published contributions with reports nobody has read yet.' })
  reportedContributions(@Ctx() ctx: Context, @Arg('first', () => Int, pageArg) first: number) {
    return reviewService.reportedContributions(ctx, page(first));
  }

  @FieldResolver(() => [FindingType], { description: 'Findings proposed in the consultation, to retain or set aside.' })
  proposedFindings(@Ctx() ctx: Context, @Arg('first', () => Int, pageArg) first: number) {
    return reviewService.proposedFindings(ctx, page(first));
  }

  @FieldResolver(() => [FindingSuggestionType], { description: 'Suggested edits of findings, to accept or decline.' })
  pendingSuggestions(@Ctx() ctx: Context, @Arg('first', () => Int, pageArg) first: number) {
    return reviewService.pendingSuggestions(ctx, page(first));
  }
}

@Resolver(() => ContributionType)
export class ContributionReportsResolver {
  @FieldResolver(() => [ReportType], {
    description:
      'Reports not read yet, oldest first, with their reasons (the workshop’s coordinators only; empty for others).',
  })
  openReports(@Root() c: ContributionType, @Ctx() ctx: Context) {
    return canModerate(ctx.viewer, c.workshopId) ? ctx.loaders.openReportsByContribution.load(c.id) : [];
  }
}
