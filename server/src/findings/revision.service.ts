import type { Context } from '../shared/context.js';
import { notFound, refuse, unauthenticated } from '../shared/errors.js';
import { idOf } from '../shared/ids.js';
import { invalid, msg } from '../shared/payload.js';
import { visible } from '../shared/visibility.js';
import { writeInDiagnosis } from '../diagnosis/diagnosis.writer.js';
import { DiagnosisEventType } from '../diagnosis/diagnosis-event.type.js';
import { FindingRevision, FindingStatus, RevisionChange } from './finding.entity.js';
import { findingEventData } from './finding.events.js';
import { coordinatorRefusal, editRefusal } from './finding.policy.js';
import {
  expectVersion,
  factsOf,
  managedFinding,
  placesByIds,
  recordRevision,
  reload,
  sameText,
  saveVersioned,
  textOf,
} from './finding-target.service.js';
import { findingColumns, type FindingType } from './finding.type.js';

export const revisionService = {
  /** The revision's text becomes the finding's current one, as a new revision (nothing of the history is lost). */
  async restore(ctx: Context, revisionGlobalId: string, expectedVersion: number) {
    const revisionId = idOf('FindingRevision', revisionGlobalId, 'revisionId');
    if (ctx.viewer.kind === 'anonymous') throw unauthenticated();
    // The revision is seen with its finding, through the finding's visibility rule.
    const target = (await visible
      .finding(ctx.knex('finding_revision as r').join('finding as f', 'f.id', 'r.finding_id'), 'f', ctx.viewer)
      .select(findingColumns('f'))
      .where('r.id', revisionId)
      .first()) as FindingType | undefined;
    if (!target) throw notFound('Revision');
    refuse(coordinatorRefusal(ctx.viewer, target.diagnosisId));
    await writeInDiagnosis(ctx, target.diagnosisId, async ({ em, diagnosis, emit }) => {
      const finding = await managedFinding(em, target.id);
      refuse(editRefusal(ctx.viewer, diagnosis, factsOf(finding)));
      await expectVersion(ctx, em, finding, expectedVersion);
      const revision = await em.findOneOrFail(FindingRevision, revisionId);
      const before = textOf(finding);
      const { after } = revision;
      if (sameText(before, { ...after, mergedIntoId: before.mergedIntoId })) {
        throw invalid(msg('REVISION_IS_CURRENT'), 'revisionId');
      }
      const places = await placesByIds(em, after);
      finding.kind = after.kind;
      finding.title = after.title;
      finding.statement = after.statement;
      finding.priority = after.priority;
      // Only a merged finding has a MERGED revision, and a merged finding is not restored.
      if (after.status !== FindingStatus.MERGED) finding.status = after.status;
      finding.themes.set(places.themes);
      finding.neighbourhoods.set(places.neighbourhoods);
      finding.awaitingReview = false;
      await recordRevision(em, finding, {
        change: RevisionChange.RESTORED,
        authorId: ctx.viewer.kind === 'person' ? ctx.viewer.personId : null,
        before,
        note: String(revision.number),
      });
      await saveVersioned(ctx, em, finding);
      emit(DiagnosisEventType.FINDING_EDITED, (knex) => findingEventData(knex, target.id));
    });
    return reload(ctx, target.id);
  },
};
