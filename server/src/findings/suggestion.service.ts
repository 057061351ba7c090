import type { Context } from '../shared/context.js';
import { badInput, notFound, refuse, unauthenticated } from '../shared/errors.js';
import { idOf, toGlobalId } from '../shared/ids.js';
import { Problems } from '../shared/payload.js';
import { Person } from '../people/person.entity.js';
import { visible } from '../shared/visibility.js';
import { writeInDiagnosis } from '../diagnosis/diagnosis.writer.js';
import { DiagnosisEventType } from '../diagnosis/diagnosis-event.type.js';
import { FindingSuggestion, RevisionChange, SuggestionState } from './finding.entity.js';
import { findingEventData } from './finding.events.js';
import { checkNote, coordinatorRefusal, reviewRefusal, suggestRefusal, textProblems } from './finding.policy.js';
import { SuggestionDecision, type SuggestFindingEditInput } from './finding.inputs.js';
import {
  factsOf,
  managedFinding,
  recordRevision,
  reload,
  saveVersioned,
  textOf,
  visibleFinding,
} from './finding-target.service.js';
import { suggestionColumns, type FindingSuggestionType } from './suggestion.type.js';
import { columnsFor } from '../shared/rows.js';
import { Finding } from './finding.entity.js';

const diagnosisOf = columnsFor(Finding, { only: ['diagnosisId'] });

async function reloadSuggestion(ctx: Context, id: string) {
  ctx.loaders.suggestionById.clear(id);
  return ctx.loaders.suggestionById.load(id);
}

export const suggestionService = {
  /** Anyone signed in suggests an edit during the consultation; coordinators and the author see it. */
  async suggest(ctx: Context, input: SuggestFindingEditInput) {
    const target = await visibleFinding(ctx, input.findingId);
    const viewer = ctx.viewer;
    if (viewer.kind !== 'person')
      throw unauthenticated('Sign in first: taking part in a consultation needs an account.');
    const id = await writeInDiagnosis(ctx, target.diagnosisId, async ({ em, diagnosis, emit }) => {
      const finding = await managedFinding(em, target.id);
      refuse(suggestRefusal(viewer, diagnosis, factsOf(finding)));
      if (input.baseVersion < 1 || input.baseVersion > finding.version) {
        throw badInput('baseVersion must be a version the finding had.', 'baseVersion');
      }
      const problems = new Problems();
      const text = textProblems(input.title, input.statement);
      for (const problem of text.problems) await problems.check(() => refuse(problem));
      let note = '';
      await problems.check(() => (note = checkNote(input.note, 'note')));
      problems.throwIfAny();
      const suggestion = em.create(FindingSuggestion, {
        finding,
        author: viewer.personId,
        baseVersion: input.baseVersion,
        title: text.title,
        statement: text.statement,
        note,
      });
      emit(DiagnosisEventType.SUGGESTION_POSTED, (knex) =>
        findingEventData(knex, target.id, {
          subjectId: toGlobalId('FindingSuggestion', suggestion.id),
          subjectAuthorId: viewer.personId,
        }),
      );
      return suggestion.id;
    });
    return { suggestion: await reloadSuggestion(ctx, id) };
  },

  /**
   * Accepting applies the suggested title and statement as a revision, even over changes made
   * since it was written (the revision's note says so, and its `before` keeps what was replaced);
   * declining keeps the note. Either way, once.
   */
  async review(ctx: Context, globalId: string, decision: SuggestionDecision, reviewNote?: string | null) {
    const id = idOf('FindingSuggestion', globalId, 'suggestionId');
    if (ctx.viewer.kind === 'anonymous') throw unauthenticated();
    const row = (await visible
      .suggestion(
        visible.finding(
          ctx.knex('finding_suggestion as s').join('finding as f', 'f.id', 's.finding_id'),
          'f',
          ctx.viewer,
        ),
        's',
        'f',
        ctx.viewer,
      )
      .select(...suggestionColumns('s'), ...diagnosisOf('f'))
      .where('s.id', id)
      .first()) as (FindingSuggestionType & { diagnosisId: string }) | undefined;
    if (!row) throw notFound('Suggestion');
    refuse(coordinatorRefusal(ctx.viewer, row.diagnosisId));
    const note = checkNote(reviewNote, 'note');
    // Only people coordinate (coordinatorRefusal turned guests away).
    const reviewerId = ctx.viewer.kind === 'person' ? ctx.viewer.personId : '';
    await writeInDiagnosis(ctx, row.diagnosisId, async ({ em, diagnosis, emit }) => {
      const suggestion = await em.findOneOrFail(FindingSuggestion, id);
      const finding = await managedFinding(em, row.findingId);
      refuse(reviewRefusal(ctx.viewer, diagnosis, factsOf(finding), suggestion.state));
      suggestion.state = decision === SuggestionDecision.ACCEPT ? SuggestionState.ACCEPTED : SuggestionState.DECLINED;
      suggestion.reviewedBy = em.getReference(Person, reviewerId);
      suggestion.reviewedAt = new Date();
      suggestion.reviewNote = note;
      if (decision === SuggestionDecision.ACCEPT) {
        const before = textOf(finding);
        const movedOn = finding.version !== suggestion.baseVersion;
        finding.title = suggestion.title;
        finding.statement = suggestion.statement;
        finding.awaitingReview = false;
        // Recorded in a form the site words in its reader's language: "[v3 → v5]" = written from
        // version 3, applied over the changes up to version 5.
        const stamp = movedOn ? `[v${suggestion.baseVersion} → v${finding.version}]` : '';
        await recordRevision(em, finding, {
          change: RevisionChange.SUGGESTION_ACCEPTED,
          authorId: reviewerId,
          before,
          note: [stamp, note].filter(Boolean).join(' '),
        });
        await saveVersioned(ctx, em, finding);
        emit(DiagnosisEventType.FINDING_EDITED, (knex) => findingEventData(knex, row.findingId));
      }
      emit(DiagnosisEventType.SUGGESTION_REVIEWED, (knex) =>
        findingEventData(knex, row.findingId, {
          subjectId: toGlobalId('FindingSuggestion', id),
          subjectAuthorId: row.authorId,
        }),
      );
    });
    return { suggestion: await reloadSuggestion(ctx, id), ...(await reload(ctx, row.findingId)) };
  },
};
