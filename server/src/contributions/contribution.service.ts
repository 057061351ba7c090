import type { Context } from '../shared/context.js';
import type { ContributionType } from './contribution.type.js';

export const contributionService = {
  /** A guest's display name wins; then the person; then the organization posting on its own. */
  async authorName(ctx: Context, c: ContributionType): Promise<string> {
    if (c.guestName) return c.guestName;
    if (c.authorId) {
      const person = await ctx.loaders.personById.load(c.authorId);
      if (person) return person.displayName;
    }
    if (c.organizationId) {
      const organization = await ctx.loaders.organizationById.load(c.organizationId);
      if (organization) return organization.name;
    }
    return 'Anonyme';
  },
};
