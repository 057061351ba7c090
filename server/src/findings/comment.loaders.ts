import type { Knex } from '@mikro-orm/postgresql';
import { isAdmin, type Viewer } from '../shared/viewer.js';
import { byId, grouped } from '../shared/loader.js';
import { visible } from '../shared/visibility.js';
import { commentColumns, type FindingCommentType } from './comment.type.js';

type Keyed<T> = T & { _key: string };

/**
 * Comments, oldest first, of findings the viewer sees; hidden ones are listed to the diagnosis's
 * coordinators (and admins) only.
 */
export function createCommentLoaders(knex: Knex, viewer: Viewer) {
  const coordinated = viewer.kind === 'person' ? [...viewer.diagnoses] : [];
  const comments = () => {
    const qb = visible.finding(
      knex('finding_comment as fc').join('finding as cf', 'cf.id', 'fc.finding_id'),
      'cf',
      viewer,
    );
    if (isAdmin(viewer)) return qb;
    return qb.where((q) => {
      q.where('fc.hidden', false);
      if (coordinated.length > 0) q.orWhereIn('cf.diagnosis_id', coordinated);
    });
  };
  return {
    commentsByFinding: grouped<Keyed<FindingCommentType>>((keys) =>
      comments()
        .select(...commentColumns('fc'), 'fc.finding_id as _key')
        .whereIn('fc.finding_id', keys)
        .orderBy(['fc.created_at', 'fc.id']),
    ),
    commentById: byId<FindingCommentType>((ids) => comments().select(commentColumns('fc')).whereIn('fc.id', ids)),
  };
}
