import type { Context } from '../shared/context.js';
import { forbidden, unauthenticated } from '../shared/errors.js';
import { toGlobalId } from '../shared/ids.js';
import { paginate, type PageArgs, type SortSpec } from '../shared/pagination.js';
import { isStaff } from '../shared/viewer.js';
import { wordDiff } from '../shared/word-diff.js';
import { authoredOf } from './authored.js';
import type { AuthoredKind } from './draft.entity.js';
import { ReviewState } from './draft.entity.js';
import { draftKey } from './draft.loaders.js';
import {
  contentRevisionColumns,
  DiffKind,
  draftColumns,
  draftInfoOf,
  type DraftInfoSource,
  type DraftRow,
  type FieldChangeType,
  type RevisionRead,
} from './draft.type.js';

// Whether the viewer edits a subject, once per request: several fields of one page ask it.
const standings = new WeakMap<Context, Map<string, Promise<boolean>>>();

/**
 * Whether the viewer is one of the subject's editors, as its adapter says. The adapter reads the
 * subject locked, so it is asked in a short transaction of its own.
 */
export function isEditor(ctx: Context, kind: AuthoredKind, subjectId: string): Promise<boolean> {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'person') return Promise.resolve(false);
  let memo = standings.get(ctx);
  if (!memo) standings.set(ctx, (memo = new Map()));
  const key = draftKey(kind, subjectId);
  let known = memo.get(key);
  if (!known) {
    const adapter = authoredOf(kind);
    known = ctx.em.fork().transactional(async (em) => {
      const subject: unknown = await adapter.load(em, subjectId);
      return subject ? adapter.mayEdit(em, viewer, subject) : false;
    });
    memo.set(key, known);
  }
  return known;
}

const summarySort = (column: string, direction: 'asc' | 'desc'): SortSpec => ({
  expression: column,
  kind: 'date',
  direction,
});

/** A draft row as the lists show it. */
const summaryOf = (row: DraftRow & { authorName: string | null }) => ({
  id: row.id,
  subjectId: toGlobalId(authoredOf(row.subjectKind).typeName, row.subjectId),
  kind: row.subjectKind,
  title: row.title,
  path: row.path,
  reviewState: row.state,
  editVersion: row.version,
  reviewerNote: row.reviewerNote ?? null,
  submittedAt: row.submittedAt ?? null,
  updatedAt: row.updatedAt,
  authorName: row.authorName,
});

export const draftReads = {
  /**
   * A subject's draft and review, for its editors and staff; null for anyone else. A subject
   * nobody has edited yet (demo content) has no draft row: `fallback` gives the one its first
   * move will create (version 0, the published edition's document).
   */
  async info(
    ctx: Context,
    kind: AuthoredKind,
    subjectId: string,
    fallback?: () => Promise<DraftRow>,
  ): Promise<DraftInfoSource | null> {
    if (ctx.viewer.kind !== 'person') return null;
    const stored = await ctx.loaders.draftBySubject.load(draftKey(kind, subjectId));
    const row = stored ?? (fallback ? await fallback() : null);
    if (!row) return null;
    const editor = await isEditor(ctx, kind, subjectId);
    return editor || isStaff(ctx.viewer) ? draftInfoOf(row, editor) : null;
  },

  /** The draft's revisions, newest first, each with the document before it. */
  async revisions(ctx: Context, draft: DraftInfoSource, page: PageArgs) {
    const { knex } = ctx;
    const query = knex('content_revision as r')
      .leftJoin('person as p', 'p.id', 'r.author_id')
      .select([...contentRevisionColumns('r'), 'p.display_name as authorName'])
      .where({ 'r.subject_kind': draft.row.subjectKind, 'r.subject_id': draft.row.subjectId });
    const result = await paginate<RevisionRead>(
      knex,
      query,
      'r',
      { expression: 'r.number', kind: 'number', direction: 'desc' },
      page,
    );
    const wanted = result.nodes.map((r) => r.number - 1).filter((n) => n > 0);
    const previous =
      wanted.length === 0
        ? []
        : ((await knex('content_revision')
            .select('number', 'document')
            .where({ subject_kind: draft.row.subjectKind, subject_id: draft.row.subjectId })
            .whereIn('number', wanted)) as { number: number; document: Record<string, unknown> }[]);
    const byNumber = new Map(previous.map((p) => [p.number, p.document]));
    for (const node of result.nodes) node.previousDocument = byNumber.get(node.number - 1) ?? null;
    return result;
  },

  /** Each text field the revision changed, before and after, word by word. */
  changes(revision: RevisionRead): FieldChangeType[] {
    const adapter = authoredOf(revision.subjectKind);
    const before: Record<string, string> = revision.previousDocument ? adapter.textsOf(revision.previousDocument) : {};
    const after: Record<string, string> = adapter.textsOf(revision.document);
    const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
    return fields
      .map((field) => ({ field, before: before[field] ?? '', after: after[field] ?? '' }))
      .filter((c) => c.before !== c.after)
      .map((c) => ({
        ...c,
        diff: wordDiff(c.before, c.after).map((run) => ({
          kind: run.added ? DiffKind.ADDED : run.removed ? DiffKind.REMOVED : DiffKind.SAME,
          text: run.value,
        })),
      }));
  },

  /** The drafts the viewer started or worked on, every kind, the latest changed first. */
  async mine(ctx: Context, page: PageArgs) {
    const viewer = ctx.viewer;
    if (viewer.kind === 'anonymous') throw unauthenticated('Sign in first.');
    if (viewer.kind !== 'person') throw forbidden('Sign in with an account to see your drafts.');
    const { knex } = ctx;
    const query = knex('draft as d')
      .leftJoin('person as a', 'a.id', 'd.created_by_id')
      .select([...draftColumns('d'), 'a.display_name as authorName'])
      .where((own) => {
        own.where('d.created_by_id', viewer.personId).orWhereExists((sub) => {
          sub
            .select('r.id')
            .from('content_revision as r')
            .whereRaw('r.subject_kind = d.subject_kind and r.subject_id = d.subject_id')
            .where('r.author_id', viewer.personId);
        });
      });
    const result = await paginate<DraftRow & { authorName: string | null }>(
      knex,
      query,
      'd',
      summarySort('d.updated_at', 'desc'),
      page,
    );
    return {
      ...result,
      edges: result.edges.map((e) => ({ ...e, node: summaryOf(e.node) })),
      nodes: result.nodes.map(summaryOf),
    };
  },

  /** Staff: what waits for review, every kind, the longest waiting first. */
  async toReview(ctx: Context, page: PageArgs) {
    if (ctx.viewer.kind === 'anonymous') throw unauthenticated('Sign in first.');
    if (!isStaff(ctx.viewer)) throw forbidden('Only coordinators review drafts.');
    const { knex } = ctx;
    const query = knex('draft as d')
      .leftJoin('person as a', 'a.id', 'd.created_by_id')
      .select([...draftColumns('d'), 'a.display_name as authorName'])
      .where('d.state', ReviewState.SUBMITTED);
    const result = await paginate<DraftRow & { authorName: string | null }>(
      knex,
      query,
      'd',
      summarySort('d.submitted_at', 'asc'),
      page,
    );
    return {
      ...result,
      edges: result.edges.map((e) => ({ ...e, node: summaryOf(e.node) })),
      nodes: result.nodes.map(summaryOf),
    };
  },
};
