import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Context } from '../shared/context.js';
import { notFound, refuse, unauthenticated } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { Person } from '../people/person.entity.js';
import { invalid, msg } from '../shared/payload.js';
import { PublicationState } from '../shared/publication.js';
import { isStaff } from '../shared/viewer.js';
import type { Authored, PublishableSubject } from './authored.js';
import { authoredOf } from './authored.js';
import { ContentRevision, RevisionAction } from './content-revision.entity.js';
import { Draft, ReviewState } from './draft.entity.js';
import {
  changesNote,
  editRefusal,
  publishRefusal,
  requestChangesRefusal,
  stateAfterSave,
  submitRefusal,
  withdrawRefusal,
  type DraftStanding,
} from './authoring.policy.js';
import { sameDocument } from './document.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each adapter has its own document and subject
type AnyAuthored = Authored<any, PublishableSubject>;
type Doc = Record<string, unknown>;

/** What a payload says once a move is refused for a stale version: the subject as it now is. */
export type Current = () => Promise<object>;

/** What every move hands to its work: the locked subject, its draft, the viewer's standing. */
interface Move {
  em: EntityManager;
  subject: PublishableSubject;
  draft: Draft;
  standing: DraftStanding;
}

/**
 * The context an adapter's `validate` and `apply` get inside a move: its `em` and `knex` are the
 * transaction's (the embedded database has one connection: a read beside the transaction would
 * wait for it forever). Loaders read beside it, so they are refused, loudly.
 */
function inTransaction(ctx: Context, em: EntityManager): Context {
  const trx = em.getTransactionContext<Knex.Transaction>();
  const loaders = new Proxy({} as Context['loaders'], {
    get: () => {
      throw new Error('Loaders read outside the transaction: validate and apply read through ctx.knex or ctx.em.');
    },
  });
  return { ...ctx, em, knex: trx ?? ctx.knex, loaders, viewer: ctx.viewer };
}

const personIdOf = (ctx: Context) => (ctx.viewer.kind === 'person' ? ctx.viewer.personId : undefined);

/** Adds the next revision under the subject's lock (the unique key would refuse a second one of a number). */
async function record(em: EntityManager, ctx: Context, draft: Draft, action: RevisionAction, note?: string) {
  const author = personIdOf(ctx);
  draft.updatedBy = author ? em.getReference(Person, author) : undefined;
  const [row] = await em.execute<{ n: number }[]>(
    'select coalesce(max(number), 0)::int as n from content_revision where subject_kind = ? and subject_id = ?',
    [draft.subjectKind, draft.subjectId],
  );
  em.create(ContentRevision, {
    subjectKind: draft.subjectKind,
    subjectId: draft.subjectId,
    number: (row?.n ?? 0) + 1,
    action,
    document: draft.document,
    author,
    note,
  });
}

/** Who made the draft's last move, for the message of a stale one. */
async function lastAuthorName(em: EntityManager, draft: Draft): Promise<string> {
  const [last] = await em.execute<{ name: string | null }[]>(
    `select p.display_name as name from content_revision r left join person p on p.id = r.author_id
     where r.subject_kind = ? and r.subject_id = ? order by r.number desc limit 1`,
    [draft.subjectKind, draft.subjectId],
  );
  // Every move writes a revision with its author; a person since deleted leaves a dash.
  return last?.name ?? '—';
}

/**
 * The draft of a subject written before drafts existed (demo content): it starts from the
 * published edition, as version 0 (`DraftInfo.editVersion` says 0 until then).
 */
async function firstDraft(em: EntityManager, ctx: Context, adapter: AnyAuthored, subject: PublishableSubject) {
  const document = (await adapter.documentOf(em, subject)) as Doc;
  const draft = em.create(Draft, {
    subjectKind: adapter.kind,
    subjectId: subject.id,
    document,
    state: subject.publicationState === PublicationState.PUBLISHED ? ReviewState.PUBLISHED : ReviewState.DRAFT,
    title: adapter.titleOf(document),
    path: adapter.pathOf(subject),
  });
  await record(em, ctx, draft, RevisionAction.CREATED);
  return draft;
}

/**
 * One move on a subject's draft, in one transaction: the subject locked, then what the viewer may
 * see of it (a draft they may not see is answered as one that does not exist), the rule, the
 * version named, then the work. A stale version saves nothing and answers with `current`.
 */
async function move<T>(
  ctx: Context,
  adapter: AnyAuthored,
  subjectId: string,
  expectedVersion: number,
  rule: (standing: DraftStanding) => Error | null,
  current: Current | undefined,
  work: (m: Move) => Promise<T>,
): Promise<T> {
  if (ctx.viewer.kind === 'anonymous') throw unauthenticated('Sign in first.');
  return ctx.em.fork().transactional(async (em) => {
    const subject = await adapter.load(em, subjectId);
    if (!subject) throw notFound(adapter.typeName);
    const editor = ctx.viewer.kind === 'person' && (await adapter.mayEdit(em, ctx.viewer, subject));
    if (!editor && !isStaff(ctx.viewer) && subject.publicationState !== PublicationState.PUBLISHED) {
      throw notFound(adapter.typeName);
    }
    const found = await em.findOne(Draft, { subjectKind: adapter.kind, subjectId });
    const draft = found ?? (await firstDraft(em, ctx, adapter, subject));
    const standing = { state: draft.state, editor };
    refuse(rule(standing));
    if ((found ? found.version : 0) !== expectedVersion) {
      const by = await lastAuthorName(em, draft);
      throw invalid(msg('DRAFT_CHANGED', { by }), 'expectedVersion').withCurrent(current ?? (async () => ({})));
    }
    return work({ em, subject, draft, standing });
  });
}

/** The document saved: checked by the adapter, the title and path lists show kept beside it. */
async function setDocument(ctx: Context, adapter: AnyAuthored, m: Move, doc: Doc) {
  await adapter.validate(doc, inTransaction(ctx, m.em));
  m.draft.document = doc;
  m.draft.title = adapter.titleOf(doc);
  m.draft.path = adapter.pathOf(m.subject);
}

export const authoringService = {
  /**
   * The draft of a subject just created, in the creating transaction (`em`): the subject's own
   * service has checked who may create it. Its first revision is CREATED.
   */
  async startDraft<D extends object, S extends PublishableSubject>(
    ctx: Context,
    adapter: Authored<D, S>,
    subject: S,
    doc: D,
    em: EntityManager,
  ): Promise<Draft> {
    await adapter.validate(doc, inTransaction(ctx, em));
    const author = personIdOf(ctx);
    const draft = em.create(Draft, {
      subjectKind: adapter.kind,
      subjectId: subject.id,
      document: doc as Doc,
      title: adapter.titleOf(doc),
      path: adapter.pathOf(subject),
      createdBy: author,
      updatedBy: author,
    });
    await record(em, ctx, draft, RevisionAction.CREATED);
    return draft;
  },

  /**
   * Saves a change of the draft (never the published edition). An editor's change to what was
   * submitted or published goes back to review; a change that changes nothing saves nothing.
   */
  saveDraft<D extends object>(
    ctx: Context,
    adapter: Authored<D, PublishableSubject>,
    subjectId: string,
    expectedVersion: number,
    change: (doc: D) => D,
    current?: Current,
  ): Promise<Draft> {
    return move(
      ctx,
      adapter,
      subjectId,
      expectedVersion,
      (s) => editRefusal(ctx.viewer, s),
      current,
      async (m) => {
        const next = change(structuredClone(m.draft.document) as D) as Doc;
        if (sameDocument(next, m.draft.document)) return m.draft;
        await setDocument(ctx, adapter, m, next);
        m.draft.state = stateAfterSave(ctx.viewer, m.draft.state);
        await record(m.em, ctx, m.draft, RevisionAction.SAVED);
        return m.draft;
      },
    );
  },

  submit(ctx: Context, adapter: AnyAuthored, subjectId: string, expectedVersion: number, current?: Current) {
    return move(
      ctx,
      adapter,
      subjectId,
      expectedVersion,
      (s) => submitRefusal(ctx.viewer, s),
      current,
      async (m) => {
        await adapter.validate(m.draft.document, inTransaction(ctx, m.em));
        m.draft.state = ReviewState.SUBMITTED;
        m.draft.submittedAt = new Date();
        await record(m.em, ctx, m.draft, RevisionAction.SUBMITTED);
        return m.draft;
      },
    );
  },

  requestChanges(
    ctx: Context,
    adapter: AnyAuthored,
    subjectId: string,
    expectedVersion: number,
    note: string,
    current?: Current,
  ) {
    const rule = (s: DraftStanding) => requestChangesRefusal(ctx.viewer, s);
    return move(ctx, adapter, subjectId, expectedVersion, rule, current, async (m) => {
      const text = changesNote(note);
      m.draft.state = ReviewState.CHANGES_REQUESTED;
      m.draft.reviewerNote = text;
      m.draft.reviewedBy = m.em.getReference(Person, personIdOf(ctx)!);
      m.draft.reviewedAt = new Date();
      await record(m.em, ctx, m.draft, RevisionAction.CHANGES_REQUESTED, text);
      return m.draft;
    });
  },

  /** The draft becomes the published edition: written into the subject's tables, public from now. */
  publish(ctx: Context, adapter: AnyAuthored, subjectId: string, expectedVersion: number, current?: Current) {
    return move(
      ctx,
      adapter,
      subjectId,
      expectedVersion,
      (s) => publishRefusal(ctx.viewer, s),
      current,
      async (m) => {
        await adapter.validate(m.draft.document, inTransaction(ctx, m.em));
        await adapter.apply(m.em, m.subject, m.draft.document, inTransaction(ctx, m.em));
        m.subject.publicationState = PublicationState.PUBLISHED;
        m.subject.publishedAt ??= new Date();
        m.draft.state = ReviewState.PUBLISHED;
        m.draft.reviewerNote = undefined;
        m.draft.reviewedBy = m.em.getReference(Person, personIdOf(ctx)!);
        m.draft.reviewedAt = new Date();
        await record(m.em, ctx, m.draft, RevisionAction.PUBLISHED);
        return m.draft;
      },
    );
  },

  /** Off public pages (kept on record); it can be submitted and published again. */
  withdraw(ctx: Context, adapter: AnyAuthored, subjectId: string, expectedVersion: number, current?: Current) {
    return move(
      ctx,
      adapter,
      subjectId,
      expectedVersion,
      (s) => withdrawRefusal(ctx.viewer, s),
      current,
      async (m) => {
        m.subject.publicationState = PublicationState.ARCHIVED;
        m.draft.state = ReviewState.WITHDRAWN;
        await record(m.em, ctx, m.draft, RevisionAction.WITHDRAWN);
        return m.draft;
      },
    );
  },

  /** An earlier revision's document becomes the draft's, as a new revision (nothing of the history is lost). */
  async restoreRevision(
    ctx: Context,
    revisionGlobalId: string,
    expectedVersion: number,
    current?: (subjectId: string) => Promise<object>,
  ) {
    const id = idOf('ContentRevision', revisionGlobalId, 'revisionId');
    if (ctx.viewer.kind === 'anonymous') throw unauthenticated('Sign in first.');
    const revision = await ctx.em.fork().findOne(ContentRevision, id);
    if (!revision) throw notFound('Revision');
    const adapter = authoredOf(revision.subjectKind) as AnyAuthored;
    const rule = (s: DraftStanding) => editRefusal(ctx.viewer, s);
    const answer = current && (() => current(revision.subjectId));
    return move(ctx, adapter, revision.subjectId, expectedVersion, rule, answer, async (m) => {
      if (sameDocument(revision.document, m.draft.document)) throw invalid(msg('DRAFT_REVISION_CURRENT'), 'revisionId');
      await setDocument(ctx, adapter, m, structuredClone(revision.document));
      m.draft.state = stateAfterSave(ctx.viewer, m.draft.state);
      await record(m.em, ctx, m.draft, RevisionAction.RESTORED, String(revision.number));
      return m.draft;
    });
  },
};
