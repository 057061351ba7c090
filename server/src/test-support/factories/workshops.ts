import { Contribution, type ContributionKind, type ModerationState } from '../../contributions/contribution.entity.js';
import {
  Prompt,
  Workshop,
  WorkshopKind,
  type ModerationMode,
  type WorkshopStatus,
} from '../../workshops/workshop.entity.js';
import type { Viewer } from '../../shared/viewer.js';
import { build, joinCode, type Maker } from './base.js';
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
  const em = m.em();
  const made = build(em, Workshop, {
    id,
    slug,
    title,
    kind: WorkshopKind.WORKSHOP,
    territory: territoryId,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    place: 'Salle de test',
    status: status as WorkshopStatus,
    moderationMode: (options.mode ?? 'STRICT') as ModerationMode,
    joinCode: code ?? undefined,
    coordinators: options.coordinatorIds,
    themes: options.themeIds,
    neighbourhoods: options.neighbourhoodIds,
  });
  const prompts = Array.from({ length: options.prompts ?? 0 }, (_, position) =>
    build(em, Prompt, { id: m.id(), workshop: made, position, question: `Question ${position + 1} ?` }),
  );
  if (open) made.activePrompt = prompts[0];
  await em.flush();
  return { id, slug, title, territoryId, status, joinCode: code, promptIds: prompts.map((p) => p.id) };
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
  const em = m.em();
  const made = Array.from({ length: count }, (_, i) =>
    build(em, Contribution, {
      id: m.id(),
      workshop: workshopId,
      kind: (options.kind ?? 'NEED') as ContributionKind,
      body: options.body ?? `${m.unique('Contribution')} (${i + 1})`,
      author: author?.kind === 'person' ? author.personId : undefined,
      guest: author?.kind === 'guest' ? author.guestId : undefined,
      guestName: author?.kind === 'guest' ? author.displayName : author ? undefined : 'Participante',
      organization: options.organizationId,
      parent: options.parentId,
      prompt: options.promptId,
      moderationState: (options.state ?? 'PUBLISHED') as ModerationState,
      hiddenReason: options.hiddenReason ?? (options.state === 'HIDDEN' ? 'Hors sujet' : undefined),
      voteCount: options.voteCount ?? 0,
      createdAt: new Date(start + i * 1000),
      themes: options.themeIds,
    }),
  );
  await em.flush();
  return made.map((c) => c.id);
}

/** One contribution (see `contributions`). */
export async function contribution(m: Maker, workshopId: string, options: ContributionOptions = {}): Promise<string> {
  const [id] = await contributions(m, workshopId, 1, options);
  return id!;
}
