import type { ContributionKind, ModerationState } from '../../contributions/contribution.entity.js';
import type { ModerationMode, WorkshopStatus } from '../../workshops/workshop.entity.js';
import type { Viewer } from '../../shared/viewer.js';
import { joinCode, type Maker } from './base.js';
import { territory } from './places.js';

export interface MadeWorkshop {
  id: string;
  slug: string;
  title: string;
  territoryId: string;
  status: `${WorkshopStatus}`;
  /** Set on a LIVE or PAUSED workshop, as `openWorkshop` does. */
  joinCode: string | null;
  /** Prompt ids, by position. */
  promptIds: string[];
}

/**
 * A workshop in any state, on its own territory unless one is given, with its coordinators, its
 * themes and `prompts` questions (the first one active when live). Starts in a week unless CLOSED.
 */
export async function workshop(
  m: Maker,
  options: {
    status?: `${WorkshopStatus}`;
    mode?: `${ModerationMode}`;
    territoryId?: string;
    coordinatorIds?: string[];
    themeIds?: string[];
    neighbourhoodIds?: string[];
    prompts?: number;
    title?: string;
    /** The join code of a LIVE or PAUSED workshop (else a random one). */
    joinCode?: string;
  } = {},
): Promise<MadeWorkshop> {
  const id = m.id();
  const slug = m.unique('atelier');
  const status = options.status ?? 'LIVE';
  const territoryId = options.territoryId ?? (await territory(m)).id;
  const open = status === 'LIVE' || status === 'PAUSED';
  const day = 86_400_000;
  const startsAt = new Date(Date.now() + (status === 'CLOSED' ? -30 : open ? 0 : 7) * day);
  const title = options.title ?? `Atelier ${slug}`;
  const code = open ? (options.joinCode ?? joinCode()) : null;
  await m.knex('workshop').insert({
    id,
    slug,
    title,
    kind: 'WORKSHOP',
    territory_id: territoryId,
    starts_at: startsAt,
    ends_at: new Date(startsAt.getTime() + 3 * 3_600_000),
    place: 'Salle de test',
    status,
    moderation_mode: options.mode ?? 'STRICT',
    join_code: code,
  });
  const promptIds = Array.from({ length: options.prompts ?? 0 }, () => m.id());
  if (promptIds.length > 0) {
    await m.knex('prompt').insert(
      promptIds.map((promptId, position) => ({
        id: promptId,
        workshop_id: id,
        position,
        question: `Question ${position + 1} ?`,
      })),
    );
    if (open) await m.knex('workshop').where({ id }).update({ active_prompt_id: promptIds[0] });
  }
  const links = [
    ['workshop_coordinator', 'person_id', options.coordinatorIds],
    ['workshop_theme', 'theme_id', options.themeIds],
    ['workshop_neighbourhood', 'neighbourhood_id', options.neighbourhoodIds],
  ] as const;
  for (const [table, column, ids] of links) {
    if (ids?.length) await m.knex(table).insert(ids.map((other) => ({ workshop_id: id, [column]: other })));
  }
  return { id, slug, title, territoryId, status, joinCode: code, promptIds };
}

export interface ContributionOptions {
  state?: `${ModerationState}`;
  kind?: `${ContributionKind}`;
  body?: string;
  /** Its author: a person or a guest (else a name typed on paper, as imported contributions have). */
  author?: Viewer;
  organizationId?: string;
  parentId?: string;
  promptId?: string;
  themeIds?: string[];
  voteCount?: number;
  hiddenReason?: string;
}

/** `count` contributions to a workshop, in any moderation state, oldest first. */
export async function contributions(
  m: Maker,
  workshopId: string,
  count: number,
  options: ContributionOptions = {},
): Promise<string[]> {
  if (count === 0) return [];
  const { author } = options;
  const start = Date.now() - count * 1000;
  const rows = Array.from({ length: count }, (_, i) => ({
    id: m.id(),
    workshop_id: workshopId,
    kind: options.kind ?? 'NEED',
    body: options.body ?? `${m.unique('Contribution')} (${i + 1})`,
    author_id: author?.kind === 'person' ? author.personId : null,
    guest_id: author?.kind === 'guest' ? author.guestId : null,
    guest_name: author?.kind === 'guest' ? author.displayName : author ? null : 'Participante',
    organization_id: options.organizationId ?? null,
    parent_id: options.parentId ?? null,
    prompt_id: options.promptId ?? null,
    moderation_state: options.state ?? 'PUBLISHED',
    hidden_reason: options.hiddenReason ?? (options.state === 'HIDDEN' ? 'Hors sujet' : null),
    vote_count: options.voteCount ?? 0,
    created_at: new Date(start + i * 1000),
  }));
  await m.knex('contribution').insert(rows);
  if (options.themeIds?.length) {
    await m
      .knex('contribution_theme')
      .insert(rows.flatMap((r) => options.themeIds!.map((theme_id) => ({ contribution_id: r.id, theme_id }))));
  }
  return rows.map((r) => r.id);
}

/** One contribution (see `contributions`). */
export async function contribution(m: Maker, workshopId: string, options: ContributionOptions = {}): Promise<string> {
  const [id] = await contributions(m, workshopId, 1, options);
  return id!;
}
