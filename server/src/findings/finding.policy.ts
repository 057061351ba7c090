import { invalid, msg, type InvalidInput } from '../shared/payload.js';
import type { Viewer } from '../shared/viewer.js';
import {
  consultationParticipantRefusal,
  consultationRefusal,
  coordinatesDiagnosis,
  coordinatorRefusal,
  frozenRefusal,
  type DiagnosisFacts,
} from '../diagnosis/diagnosis.policy.js';
import { FindingStatus, SuggestionState } from './finding.entity.js';

/**
 * Each rule about writing a finding's text, once: the services throw the refusal, the
 * `viewerCan…` fields ask whether it is null. Rules are about a finding the viewer can see: the
 * services read it through the visibility rule first, and answer NOT_FOUND for anything else.
 */

export const titleLimits = { min: 3, max: 200 };
export const statementLimits = { min: 3, max: 5000 };
/** A suggestion's reason, and a coordinator's note when reviewing it. */
export const noteLimits = { max: 500 };

/** What these rules read of a finding (a row, or a managed entity's facts). */
export interface FindingFacts {
  diagnosisId: string;
  status: string;
  awaitingReview: boolean;
  proposedById: string | null;
}

/** Writing, reordering, deciding and merging findings is the diagnosis's coordinators' work (and admins'). */
export { coordinatorRefusal };

/** A merged finding lives on in the one it was merged into: work goes there. */
export function mergedRefusal(f: Pick<FindingFacts, 'status'>): InvalidInput | null {
  return f.status === FindingStatus.MERGED ? invalid(msg('FINDING_MERGED'), 'findingId') : null;
}

/** Editing, moving, retaining or setting aside: a coordinator, on a diagnosis not frozen, a finding not merged. */
export function editRefusal(viewer: Viewer, d: DiagnosisFacts, f: FindingFacts): Error | null {
  return coordinatorRefusal(viewer, d.id) ?? frozenRefusal(d) ?? mergedRefusal(f);
}

/**
 * Coordinators write findings while the diagnosis is a draft or in consultation; signed-in
 * residents and stakeholders propose them during the consultation only.
 */
export function proposeRefusal(viewer: Viewer, d: DiagnosisFacts): Error | null {
  if (coordinatesDiagnosis(viewer, d.id)) return frozenRefusal(d);
  return consultationParticipantRefusal(viewer) ?? consultationRefusal(d);
}

/** An edit suggested by anyone signed in, during the consultation, to a finding not merged. */
export function suggestRefusal(viewer: Viewer, d: DiagnosisFacts, f: FindingFacts): Error | null {
  return consultationParticipantRefusal(viewer) ?? consultationRefusal(d) ?? mergedRefusal(f);
}

/** A coordinator reviews a suggestion once, while its finding may still change. */
export function reviewRefusal(viewer: Viewer, d: DiagnosisFacts, f: FindingFacts, state: string): Error | null {
  const refusal = coordinatorRefusal(viewer, d.id) ?? frozenRefusal(d);
  if (refusal) return refusal;
  if (state !== SuggestionState.PENDING) return invalid(msg('SUGGESTION_REVIEWED'), 'suggestionId');
  return mergedRefusal(f);
}

/** A coordinator who proposes, edits or decides a participant's proposal has reviewed it. */
export const reviews = (viewer: Viewer, f: FindingFacts) =>
  f.awaitingReview && coordinatesDiagnosis(viewer, f.diagnosisId);

/** The title and statement as stored (trimmed, line ends normalised), or every problem with them. */
export function textProblems(
  title: string,
  statement: string,
): { title: string; statement: string; problems: InvalidInput[] } {
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  const cleanStatement = statement.replace(/\r\n/g, '\n').trim();
  const problems: InvalidInput[] = [];
  if (cleanTitle.length < titleLimits.min || cleanTitle.length > titleLimits.max) {
    problems.push(invalid(msg('FINDING_TITLE_LENGTH', titleLimits), 'title'));
  }
  if (cleanStatement.length < statementLimits.min || cleanStatement.length > statementLimits.max) {
    problems.push(invalid(msg('FINDING_STATEMENT_LENGTH', statementLimits), 'statement'));
  }
  return { title: cleanTitle, statement: cleanStatement, problems };
}

/** A note of at most `noteLimits.max` characters, trimmed. */
export function checkNote(note: string | null | undefined, field: string): string {
  const text = (note ?? '').trim();
  if (text.length > noteLimits.max) throw invalid(msg('REVIEW_NOTE_LENGTH', noteLimits), field);
  return text;
}

export const findingPolicy = {
  canEdit: (viewer: Viewer, d: DiagnosisFacts, f: FindingFacts) => editRefusal(viewer, d, f) === null,
  canSuggest: (viewer: Viewer, d: DiagnosisFacts, f: FindingFacts) => suggestRefusal(viewer, d, f) === null,
  canPropose: (viewer: Viewer, d: DiagnosisFacts) => proposeRefusal(viewer, d) === null,
  canReview: (viewer: Viewer, d: DiagnosisFacts, f: FindingFacts) =>
    reviewRefusal(viewer, d, f, SuggestionState.PENDING) === null,
};
