import DataLoader from 'dataloader';
import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { draftColumns, type DraftRow } from './draft.type.js';
import type { AuthoredKind } from './draft.entity.js';

/** The key of a subject's draft in the loader: `STORY:uuid`. */
export const draftKey = (kind: AuthoredKind, subjectId: string) => `${kind}:${subjectId}`;

/**
 * Drafts by subject, in one query per tick. Drafts are read only for a subject the viewer can
 * already see, and shown only to its editors and staff (`draft.reads.ts` decides).
 */
export function createDraftLoaders(knex: Knex, _viewer: Viewer) {
  return {
    draftBySubject: new DataLoader<string, DraftRow | null>(async (keys) => {
      const pairs = keys.map((key) => key.split(':') as [string, string]);
      const rows = (await knex('draft as d')
        .select(draftColumns('d'))
        .whereIn(['d.subject_kind', 'd.subject_id'], pairs)) as DraftRow[];
      const found = new Map(rows.map((row) => [draftKey(row.subjectKind, row.subjectId), row]));
      return keys.map((key) => found.get(key) ?? null);
    }),
  };
}
