import type { Context } from '../shared/context.js';
import { refuse } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg } from '../shared/payload.js';
import { writeInDiagnosis } from '../diagnosis/diagnosis.writer.js';
import { DiagnosisEventType } from '../diagnosis/diagnosis-event.type.js';
import { FindingStatus, RevisionChange } from './finding.entity.js';
import { findingEventData } from './finding.events.js';
import { coordinatorRefusal, editRefusal, mergedRefusal } from './finding.policy.js';
import { factsOf, managedFinding, recordRevision, reload, textOf, visibleFinding } from './finding-target.service.js';

/**
 * Merges a finding into another of the same diagnosis: the merged one keeps its history with
 * status MERGED and `mergedInto`; its evidence, supports and comments now belong to the one kept.
 */
export async function mergeFindings(ctx: Context, globalId: string, intoGlobalId: string) {
  const mergedId = idOf('Finding', globalId, 'findingId');
  const keptId = idOf('Finding', intoGlobalId, 'intoId');
  const target = await visibleFinding(ctx, globalId);
  refuse(coordinatorRefusal(ctx.viewer, target.diagnosisId));
  if (mergedId === keptId) throw invalid(msg('FINDING_MERGE_SAME'), 'intoId');
  const into = await visibleFinding(ctx, intoGlobalId, 'intoId');
  if (into.diagnosisId !== target.diagnosisId) throw invalid(msg('FINDING_MERGE_ACROSS'), 'intoId');
  const authorId = ctx.viewer.kind === 'person' ? ctx.viewer.personId : null;
  await writeInDiagnosis(ctx, target.diagnosisId, async ({ em, diagnosis, emit }) => {
    const merged = await managedFinding(em, mergedId);
    const kept = await managedFinding(em, keptId);
    refuse(editRefusal(ctx.viewer, diagnosis, factsOf(merged)));
    if (mergedRefusal(kept)) throw invalid(msg('FINDING_MERGED'), 'intoId');
    const wasPublic = !merged.awaitingReview;
    const before = textOf(merged);
    merged.status = FindingStatus.MERGED;
    merged.mergedInto = kept;
    // A merge is a coordinator's decision on a proposal, as retaining it would be.
    merged.awaitingReview = false;
    await recordRevision(em, merged, { change: RevisionChange.MERGED, authorId, before });
    await recordRevision(em, kept, { change: RevisionChange.MERGED, authorId, before: textOf(kept) });
    // Single statements, the primary keys deciding duplicates: a contribution cited by both, or
    // a person supporting both, is kept once (the kept finding's own row wins, with its
    // co-signature). The kept finding's row is untouched: its version does not move, so an edit
    // under way on it stays valid.
    const evidence = await em.execute<{ contribution_id: string }[]>(
      `insert into finding_evidence (finding_id, contribution_id, attached_by_id, linked_at)
       select ?::uuid, contribution_id, attached_by_id, linked_at from finding_evidence where finding_id = ?
       on conflict do nothing returning contribution_id`,
      [keptId, mergedId],
    );
    const supports = await em.execute<{ person_id: string }[]>(
      `insert into finding_support (finding_id, person_id, organization_id, created_at)
       select ?::uuid, person_id, organization_id, created_at from finding_support where finding_id = ?
       on conflict do nothing returning person_id`,
      [keptId, mergedId],
    );
    await em.execute('delete from finding_evidence where finding_id = ?', [mergedId]);
    await em.execute('delete from finding_support where finding_id = ?', [mergedId]);
    await em.execute('update finding_comment set finding_id = ? where finding_id = ?', [keptId, mergedId]);
    emit(DiagnosisEventType.FINDING_MERGED, (knex) =>
      findingEventData(knex, mergedId, { mergedIntoId: keptId, wasPublic }),
    );
    if (evidence.length > 0) {
      emit(DiagnosisEventType.EVIDENCE_ATTACHED, (knex) =>
        findingEventData(knex, keptId, { contributionIds: evidence.map((e) => e.contribution_id) }),
      );
    }
    if (supports.length > 0) emit(DiagnosisEventType.FINDING_SUPPORTED, (knex) => findingEventData(knex, keptId));
  });
  return reload(ctx, keptId);
}
