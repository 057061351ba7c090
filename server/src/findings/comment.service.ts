import type { Context } from '../shared/context.js';
import { notFound, refuse } from '../shared/errors.js';
import { idOf, toGlobalId } from '../shared/ids.js';
import { isAdmin } from '../shared/viewer.js';
import { writeInDiagnosis } from '../diagnosis/diagnosis.writer.js';
import { DiagnosisEventType } from '../diagnosis/diagnosis-event.type.js';
import { FindingComment } from './finding.entity.js';
import { findingEventData } from './finding.events.js';
import { factsOf, managedFinding, reload, visibleFinding } from './finding-target.service.js';
import { checkComment, commentRefusal, hideCommentRefusal } from './comment.policy.js';

/** The comment and its finding as the writer now sees them. */
async function answer(ctx: Context, commentId: string, findingId: string) {
  ctx.loaders.commentsByFinding.clear(findingId);
  ctx.loaders.commentById.clear(commentId);
  return { comment: await ctx.loaders.commentById.load(commentId), ...(await reload(ctx, findingId)) };
}

export const commentService = {
  async comment(ctx: Context, globalFindingId: string, body: string) {
    const target = await visibleFinding(ctx, globalFindingId);
    const id = await writeInDiagnosis(ctx, target.diagnosisId, async ({ em, diagnosis, emit }) => {
      const finding = await managedFinding(em, target.id);
      refuse(commentRefusal(ctx.viewer, diagnosis, factsOf(finding)));
      const text = checkComment(body);
      const comment = em.create(FindingComment, {
        finding,
        author: ctx.viewer.kind === 'person' ? ctx.viewer.personId : '',
        body: text,
      });
      emit(DiagnosisEventType.COMMENT_POSTED, (knex) =>
        findingEventData(knex, target.id, { subjectId: toGlobalId('FindingComment', comment.id) }),
      );
      return comment.id;
    });
    return answer(ctx, id, target.id);
  },

  /** Coordinators hide a comment: from then on it is listed to them only. */
  async hide(ctx: Context, globalCommentId: string) {
    const id = idOf('FindingComment', globalCommentId, 'commentId');
    const { viewer } = ctx;
    // Whoever coordinates no diagnosis at all is refused before anything is read.
    if (!isAdmin(viewer) && (viewer.kind !== 'person' || viewer.diagnoses.size === 0)) {
      refuse(hideCommentRefusal(viewer, { id: '', status: '' }));
    }
    // Read through the viewer's own rules: a comment on a finding they may not see is not there.
    const found = await ctx.loaders.commentById.load(id);
    const finding = found && (await ctx.loaders.findingById.load(found.findingId));
    if (!found || !finding) throw notFound('Comment');
    await writeInDiagnosis(ctx, finding.diagnosisId, async ({ em, diagnosis, emit }) => {
      refuse(hideCommentRefusal(ctx.viewer, diagnosis));
      const comment = await em.findOneOrFail(FindingComment, id);
      if (comment.hidden) return;
      comment.hidden = true;
      emit(DiagnosisEventType.COMMENT_HIDDEN, (knex) =>
        findingEventData(knex, found.findingId, { subjectId: toGlobalId('FindingComment', id) }),
      );
    });
    return answer(ctx, id, found.findingId);
  },
};
