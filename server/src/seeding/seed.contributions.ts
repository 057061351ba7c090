import { ContributionKind, ModerationState } from '../contributions/contribution.entity.js';
import type { PlanContext } from './seed.context.js';
import type { ContributionSeed, ReplySeed } from './seed.types.js';

export interface ContributionPlace {
  /** The workshop's slug: contribution keys are unique within it. */
  slug: string;
  id: string;
  where: string;
  prompts: Map<string, string>;
  /** When its contributions were posted, unless they say: a past workshop's, while it was held. */
  postedAt: Date;
  /** A consultation takes posts from signed-in people only, and puts no question to a room. */
  signedInOnly?: boolean;
}

/** The contributions of a workshop or a consultation, with their replies, as rows. */
export function planContributions(ctx: PlanContext, place: ContributionPlace, list: ContributionSeed[]) {
  const add = (
    c: ContributionSeed | ReplySeed,
    parent: { id: string; kind: string; promptId: string | null } | null,
  ) => {
    const at = `${place.where}.contributions ${c.key}`;
    const key = `${place.slug}--${c.key}`;
    const id = ctx.define('contribution', key, at);
    const full = c as Partial<ContributionSeed>;
    const promptId = parent ? parent.promptId : full.prompt ? (place.prompts.get(full.prompt) ?? null) : null;
    if (!parent && full.prompt && !promptId) ctx.problem(`${at}: unknown prompt "${full.prompt}"`);
    if (!c.author && !c.organization && !c.guestName)
      ctx.problem(`${at}: needs an author, an organization or a guestName`);
    if (place.signedInOnly && (!c.author || c.guestName))
      ctx.problem(`${at}: a consultation's contributions come from signed-in people (an author, no guestName)`);
    const kind = parent ? parent.kind : ctx.oneOf(ContributionKind, full.kind ?? '', `${at}.kind`);
    const state = ctx.oneOf(ModerationState, c.state, `${at}.state`);
    ctx.known.contributions.set(key, { state, workshop: place.slug });
    const postedAt = c.at ? ctx.dateTime(c.at, `${at}.at`) : place.postedAt;
    ctx.add('contribution', {
      id,
      workshop_id: place.id,
      prompt_id: promptId,
      parent_id: parent?.id ?? null,
      kind,
      body: ctx.text(c.body, `${at}.body`),
      author_id: ctx.optRef('person', c.author, `${at}.author`),
      organization_id: ctx.optRef('organization', c.organization, `${at}.organization`),
      guest_name: c.guestName ?? null,
      neighbourhood_id: ctx.optRef('neighbourhood', c.neighbourhood, `${at}.neighbourhood`),
      moderation_state: state,
      vote_count: c.votes ?? 0,
      created_at: postedAt,
      updated_at: postedAt,
    });
    for (const theme of c.themes ?? [])
      ctx.add('contribution_theme', { contribution_id: id, theme_id: ctx.ref('theme', theme, `${at}.themes`) });
    for (const reply of full.replies ?? []) add(reply, { id, kind, promptId });
  };
  for (const c of list) add(c, null);
}
