import { randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { authoringService, type Current } from '../authoring/authoring.service.js';
import { Draft, ReviewState } from '../authoring/draft.entity.js';
import { draftKey } from '../authoring/draft.loaders.js';
import { slugOf } from '../findings/project-idea.service.js';
import { attachImages } from '../media/image.service.js';
import type { Context } from '../shared/context.js';
import { notFound, refuse, unauthenticated } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { InvalidInput, invalid, msg } from '../shared/payload.js';
import { PublicationState } from '../shared/publication.js';
import { isStaff } from '../shared/viewer.js';
import { Territory } from '../territories/territory.entity.js';
import { Portrait, PortraitStage } from './portrait.entity.js';
import { DatePrecision, PartnerRole } from './portrait-parts.entity.js';
import { isCarrierMember, portraitAuthored as adapter } from './portrait.authored.js';
import type { PortraitDocument } from './portrait.document.js';
import { precisionOf, type CreatePortraitInput, type PortraitDraftInput } from './portrait-editor.inputs.js';
import { portraitLimits as L } from './portrait.limits.js';
import { createRefusal, editRefusal } from './portrait.policy.js';
import { isPartialDate } from './portrait.validation.js';
import { referenceProblems } from './portrait.references.js';

/** The portrait as the payload shows it, read again through the request's loaders after the write. */
async function answer(ctx: Context, id: string) {
  ctx.loaders.portraitById.clear(id);
  ctx.loaders.draftBySubject.clear(draftKey(adapter.kind, id));
  return { portrait: await ctx.loaders.portraitById.load(id) };
}

const today = () => new Date().toISOString().slice(0, 10);

/** A slug of the name not taken yet (the column is unique; a clash takes part of the id). */
async function freeSlug(em: EntityManager, name: string, id: string) {
  const base = slugOf(name);
  return (await em.count(Portrait, { slug: base })) === 0 ? base : `${base}-${id.slice(0, 8)}`;
}

/**
 * The refusals the core's moves start with (`authoringService`), for work done before a move: a
 * portrait the viewer may not see does not exist for them; one they see but may not edit is refused.
 */
async function mayEdit(em: EntityManager, ctx: Context, portrait: Portrait): Promise<void> {
  if (ctx.viewer.kind === 'anonymous') throw unauthenticated('Sign in to edit a portrait.');
  const editor = ctx.viewer.kind === 'person' && (await isCarrierMember(em, ctx.viewer.personId, portrait.id));
  if (!editor && !isStaff(ctx.viewer) && portrait.publicationState !== PublicationState.PUBLISHED) {
    throw notFound('Portrait');
  }
  refuse(editRefusal(ctx.viewer, { viewerIsCarrierMember: editor }));
}

/**
 * The version a move of the editor starts from, once the viewer may make it: refused before
 * anything reads the draft. A portrait that has been published without a draft (demo content, a
 * spawned idea) gets one at its first edit, equal to its published edition (version 1). A form of
 * such a portrait sends version 0; anything else goes to the core as it is.
 */
async function draftVersion(ctx: Context, portraitId: string, expected: number): Promise<number> {
  return ctx.em.fork().transactional(async (em) => {
    const portrait = await adapter.load(em, portraitId);
    if (!portrait) throw notFound('Portrait');
    await mayEdit(em, ctx, portrait);
    if (expected !== 0) return expected;
    const existing = await em.findOne(Draft, { subjectKind: adapter.kind, subjectId: portraitId });
    // Someone started it meanwhile: version 0 is stale, and the core says so with the draft as it is.
    if (existing) return expected;
    const draft = await authoringService.startDraft(ctx, adapter, portrait, await adapter.documentOf(em, portrait), em);
    if (portrait.publicationState === PublicationState.PUBLISHED) draft.state = ReviewState.PUBLISHED;
    await em.flush();
    return draft.version;
  });
}

/**
 * What the changed document points at (organizations, findings, the portrait it was replicated
 * from…) must exist and be visible to the viewer: checked on the draft as read before the save,
 * since the save's transaction holds the connection (the change itself is checked again in it).
 */
async function checkReferences(ctx: Context, id: string, change: (doc: PortraitDocument) => PortraitDocument) {
  const row = await ctx.loaders.draftBySubject.load(draftKey(adapter.kind, id));
  if (!row) return;
  const next = change(structuredClone(row.document) as unknown as PortraitDocument);
  const problems = await referenceProblems(ctx.knex, ctx.viewer, id, next);
  if (problems.length > 0) throw new InvalidInput(problems);
}

/** A change of the draft by one of the editor's operations; a stale version answers the portrait as it now is. */
async function edit(ctx: Context, input: PortraitDraftInput, change: (doc: PortraitDocument) => PortraitDocument) {
  const id = idOf('Portrait', input.id);
  const current: Current = () => answer(ctx, id);
  const version = await draftVersion(ctx, id, input.expectedVersion);
  await checkReferences(ctx, id, change);
  await authoringService.saveDraft(ctx, adapter, id, version, change, current);
  return answer(ctx, id);
}

/** A move of the review (submit, publish, withdraw). */
async function review(ctx: Context, input: PortraitDraftInput, moveName: 'submit' | 'publish' | 'withdraw') {
  const id = idOf('Portrait', input.id);
  const version = await draftVersion(ctx, id, input.expectedVersion);
  await authoringService[moveName](ctx, adapter, id, version, () => answer(ctx, id));
  return answer(ctx, id);
}

export const portraitEditorService = {
  edit,
  review,

  /** Restores an earlier revision of the portrait's draft (a revision's global id). */
  async restore(ctx: Context, input: PortraitDraftInput & { revisionId: string }) {
    const id = idOf('Portrait', input.id);
    await authoringService.restoreRevision(ctx, input.revisionId, input.expectedVersion, () => answer(ctx, id));
    return answer(ctx, id);
  },

  /**
   * A new portrait (never published: only its editors and staff see it), carried by an
   * organization the stakeholder belongs to; or an unclaimed idea claimed: its draft starts from
   * the idea, with the organization as carrier and the stage dated today.
   */
  async create(ctx: Context, input: CreatePortraitInput) {
    const organizationId = input.organizationId ? idOf('Organization', input.organizationId, 'organizationId') : null;
    const ideaId = input.fromIdea ? idOf('Portrait', input.fromIdea, 'fromIdea') : null;
    const viewer = ctx.viewer;
    const member =
      viewer.kind === 'person' && organizationId
        ? (await ctx
            .knex('membership')
            .where({ person_id: viewer.personId, organization_id: organizationId })
            .first('person_id')) !== undefined
        : false;
    refuse(createRefusal(viewer, member));
    if (!organizationId && !isStaff(viewer)) throw invalid(msg('PORTRAIT_NOT_MEMBER'), 'organizationId');
    const carrier = organizationId ? [{ organizationId, role: PartnerRole.CARRIER, note: null }] : [];
    const id = ideaId
      ? await claim(ctx, ideaId, carrier)
      : await ctx.em.fork().transactional(async (em) => {
          const name = (input.name ?? '').replace(/\s+/g, ' ').trim();
          if ([...name].length < L.name.min || [...name].length > L.name.max) {
            throw invalid(msg('PORTRAIT_NAME_LENGTH', L.name), 'name');
          }
          const territoryId = input.territoryId ? idOf('Territory', input.territoryId, 'territoryId') : null;
          const territory = territoryId ? await em.findOne(Territory, territoryId) : null;
          if (!territory) throw invalid(msg('PORTRAIT_UNKNOWN_TERRITORY'), 'territoryId');
          const newId = randomUUID();
          const portrait = em.create(Portrait, {
            id: newId,
            slug: await freeSlug(em, name, newId),
            name,
            summary: '',
            territory,
            commune: '',
            need: '',
            project: '',
            results: '',
            stage: PortraitStage.MODELLING,
            publicationState: PublicationState.DRAFT,
            isDemo: false,
          });
          const doc = await adapter.documentOf(em, portrait);
          await authoringService.startDraft(ctx, adapter, portrait, { ...doc, partners: carrier }, em);
          return newId;
        });
    return answer(ctx, id);
  },

  /**
   * Checks that the viewer may edit the portrait, then that the image may be attached (their own
   * upload) and keeps it from the sweep: nobody else's edit marks an image, nor learns of the portrait.
   */
  async addImage(ctx: Context, input: PortraitDraftInput & { imageId: string; alt: string }) {
    const id = idOf('Portrait', input.id);
    const imageId = idOf('Image', input.imageId, 'imageId');
    await ctx.em.fork().transactional(async (em) => {
      const portrait = await em.findOne(Portrait, id);
      if (!portrait) throw notFound('Portrait');
      await mayEdit(em, ctx, portrait);
      await attachImages(em, ctx.viewer, [imageId]);
    });
    return { imageId };
  },

  stageEntry(input: { stage: PortraitStage; date: string; note?: string | null }) {
    const date = input.date.trim();
    if (!isPartialDate(date)) throw invalid(msg('PORTRAIT_DATE_INVALID'), 'date');
    const precision = precisionOf(date);
    const day =
      precision === DatePrecision.YEAR ? `${date}-01-01` : precision === DatePrecision.MONTH ? `${date}-01` : date;
    return { key: randomUUID(), stage: input.stage, date: day, precision, note: input.note?.trim() ?? '' };
  },
};

/**
 * Claims an unclaimed idea for the carrier: refused when it has a carrier, or a draft someone is
 * already writing (their work is not taken from them).
 */
async function claim(ctx: Context, ideaId: string, carrier: PortraitDocument['partners']) {
  return ctx.em.fork().transactional(async (em) => {
    const idea = await em.findOne(Portrait, ideaId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!idea || idea.publicationState !== PublicationState.PUBLISHED) throw notFound('Portrait');
    const drafted = (await em.count(Draft, { subjectKind: adapter.kind, subjectId: ideaId })) > 0;
    const doc = await adapter.documentOf(em, idea);
    const carried = doc.partners.some((p) => p.role === PartnerRole.CARRIER);
    if (idea.stage !== PortraitStage.UNCLAIMED_IDEA || carried || drafted) {
      throw invalid(msg('PORTRAIT_NOT_CLAIMABLE'), 'fromIdea');
    }
    const claimed: PortraitDocument = {
      ...doc,
      partners: [...doc.partners, ...carrier],
      stage: PortraitStage.CARRIER_FOUND,
      stageEvents: [
        ...doc.stageEvents,
        {
          key: randomUUID(),
          stage: PortraitStage.CARRIER_FOUND,
          date: today(),
          precision: DatePrecision.DAY,
          note: '',
        },
      ],
    };
    await authoringService.startDraft(ctx, adapter, idea, claimed, em);
    return ideaId;
  });
}
