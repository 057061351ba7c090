import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { forbidden, unauthenticated } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { Problems } from '../shared/payload.js';
import { PublicationState } from '../shared/publication.js';
import { authoringService } from '../authoring/authoring.service.js';
import { Person } from '../people/person.entity.js';
import { Territory } from '../territories/territory.entity.js';
import { Story } from './story.entity.js';
import { storyAuthored } from './story.authored.js';
import { cleanDocument, idsOf, type StoryDocument } from './story.checks.js';
import type { CreateStoryInput, StoryFields, UpdateStoryInput } from './story.inputs.js';

/** A slug from a title: lower case, accents folded, words joined by hyphens. */
export function storySlugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'recit';
}

/** The first free slug of a title: `titre`, then `titre-2`, `titre-3`… (the unique key settles a race). */
async function freeSlug(em: EntityManager, title: string): Promise<string> {
  const base = storySlugOf(title);
  const rows = await em.execute<{ slug: string }[]>(`select slug from story where slug = ? or slug ~ ?`, [
    base,
    `^${base}-[0-9]+$`,
  ]);
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** The document a form describes, its ids decoded (a forged one is a problem of its field). */
function documentOf(input: StoryFields): StoryDocument {
  const problems = new Problems();
  const [territoryId] = idsOf([input.territoryId], 'Territory', 'territoryId', problems);
  const doc = cleanDocument({
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    bodyMarkdown: input.bodyMarkdown,
    anonymous: input.anonymous,
    tellerName: input.tellerName,
    tellerRole: input.tellerRole,
    consent: input.consent,
    territoryId: territoryId ?? '',
    portraitIds: idsOf(input.portraitIds, 'Portrait', 'portraitIds', problems),
    findingIds: idsOf(input.findingIds, 'Finding', 'findingIds', problems),
    workshopIds: idsOf(input.workshopIds, 'Workshop', 'workshopIds', problems),
  });
  problems.throwIfAny();
  return doc;
}

/** The story as the request's loaders and visibility now read it. */
async function reload(ctx: Context, id: string) {
  ctx.loaders.storyById.clear(id);
  ctx.loaders.draftBySubject.clear(`STORY:${id}`);
  return { story: await ctx.loaders.storyById.load(id) };
}

export const storyWrites = {
  /** Anyone signed in with an account writes a story; it starts as a draft only they and staff see. */
  async create(ctx: Context, input: CreateStoryInput) {
    const viewer = ctx.viewer;
    if (viewer.kind === 'anonymous') throw unauthenticated('Sign in to write a story.');
    if (viewer.kind !== 'person') throw forbidden('Sign in with an account to write a story.');
    const doc = documentOf(input);
    const id = await ctx.em.fork().transactional(async (em) => {
      const story = em.create(Story, {
        slug: await freeSlug(em, doc.title),
        title: doc.title,
        kind: doc.kind,
        bodyMarkdown: doc.bodyMarkdown,
        territory: em.getReference(Territory, doc.territoryId),
        author: em.getReference(Person, viewer.personId),
        publicationState: PublicationState.DRAFT,
        summary: doc.summary,
        isDemo: false,
      });
      // The row holds the first text for its editors until a publication replaces it.
      await storyAuthored.apply(em, story, doc, ctx);
      await authoringService.startDraft(ctx, storyAuthored, story, doc, em);
      return story.id;
    });
    return reload(ctx, id);
  },

  async update(ctx: Context, input: UpdateStoryInput) {
    const id = idOf('Story', input.id);
    if (ctx.viewer.kind === 'anonymous') throw unauthenticated('Sign in first.');
    const doc = documentOf(input);
    await authoringService.saveDraft(
      ctx,
      storyAuthored,
      id,
      input.expectedVersion,
      () => doc,
      () => reload(ctx, id),
    );
    return reload(ctx, id);
  },

  async move(ctx: Context, action: 'submit' | 'publish' | 'withdraw', globalId: string, expectedVersion: number) {
    const id = idOf('Story', globalId);
    await authoringService[action](ctx, storyAuthored, id, expectedVersion, () => reload(ctx, id));
    return reload(ctx, id);
  },

  async restore(ctx: Context, revisionId: string, expectedVersion: number) {
    const draft = await authoringService.restoreRevision(ctx, revisionId, expectedVersion, (id) => reload(ctx, id));
    return reload(ctx, draft.subjectId);
  },
};
