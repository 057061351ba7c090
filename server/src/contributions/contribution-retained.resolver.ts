import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { listOfAbout } from '../shared/query-cost.js';
import { FindingType } from '../findings/finding.type.js';
import { ContributionType } from './contribution.type.js';

@Resolver(() => ContributionType)
export class ContributionRetainedResolver {
  @FieldResolver(() => [FindingType], {
    description:
      'The findings of a shared diagnosis that cite it ("retenue dans le diagnostic"): of diagnoses past their draft, ' +
      'reviewed, not merged away. The same for everyone.',
    // Most contributions back no finding, a few one or two.
    ...listOfAbout(1),
  })
  async retainedIn(@Root() c: ContributionType, @Ctx() ctx: Context) {
    // Counted as the public sees them: a board's live events are shared regardless of who
    // coordinates the diagnosis (see findings/evidence.resolver.ts).
    const findings = await ctx.loaders.retainedInByContribution.load(c.id);
    return findings.map((f) => ({ ...f, seenAsPublic: true }));
  }
}
