import { invalid, msg, type InvalidInput } from '../shared/payload.js';
import type { Viewer } from '../shared/viewer.js';
import type { DiagnosisFacts } from '../diagnosis/diagnosis.policy.js';
import { editRefusal, type FindingFacts } from './finding.policy.js';

/** How many contributions one action attaches, detaches or promotes. */
export const evidenceLimits = { min: 1, max: 50 };

/** What the rules read of a contribution put forward as evidence. */
export interface CandidateFacts {
  moderationState: string;
  /** Its workshop is of the diagnosis's territory, linked to the diagnosis, or its consultation. */
  ofDiagnosis: boolean;
}

export function evidenceCountRefusal(count: number): InvalidInput | null {
  if (count < evidenceLimits.min) return invalid(msg('EVIDENCE_NONE'), 'contributionIds');
  if (count > evidenceLimits.max)
    return invalid(msg('EVIDENCE_TOO_MANY', { max: evidenceLimits.max }), 'contributionIds');
  return null;
}

/**
 * Attaching, detaching and promoting evidence is the diagnosis's coordinators' work, on a
 * diagnosis not frozen, to a finding not merged: the same rule as editing the finding.
 */
export const promoteRefusal = (viewer: Viewer, d: DiagnosisFacts, f: FindingFacts): Error | null =>
  editRefusal(viewer, d, f);

/**
 * Only what is public can back a finding, and only what was said on the diagnosis's ground. A
 * contribution the coordinator cannot see is answered as an unpublished one: no answer tells it
 * from a missing one.
 */
export function candidateRefusal(c: CandidateFacts | null): InvalidInput | null {
  if (!c || c.moderationState !== 'PUBLISHED') return invalid(msg('EVIDENCE_NOT_PUBLISHED'), 'contributionIds');
  if (!c.ofDiagnosis) return invalid(msg('EVIDENCE_ELSEWHERE'), 'contributionIds');
  return null;
}

export const evidencePolicy = {
  /** What `attachEvidence`, `detachEvidence` and `promoteContributions` check of the viewer and the finding. */
  canPromote: (viewer: Viewer, d: DiagnosisFacts, f: FindingFacts) => promoteRefusal(viewer, d, f) === null,
};
