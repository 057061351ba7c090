import { invalid, msg, type InvalidInput } from '../shared/payload.js';
import type { Viewer } from '../shared/viewer.js';
import {
  consultationParticipantRefusal,
  consultationRefusal,
  type DiagnosisFacts,
} from '../diagnosis/diagnosis.policy.js';
import { mergedRefusal, type FindingFacts } from './finding.policy.js';

/**
 * "Je partage ce constat": signed-in people, while the diagnosis is in consultation, on a
 * reviewed finding that was not merged away. Withdrawing follows the same rule.
 */
export function supportRefusal(viewer: Viewer, d: DiagnosisFacts, f: FindingFacts): Error | null {
  const refusal = consultationParticipantRefusal(viewer) ?? consultationRefusal(d);
  if (refusal) return refusal;
  if (f.awaitingReview) return invalid(msg('FINDING_AWAITING_REVIEW'), 'findingId');
  return mergedRefusal(f);
}

/** What the co-signature rule reads of the viewer's tie to the organization named. */
export interface CoSignFacts {
  member: boolean;
  membersMayCoSign: boolean;
}

/** Co-signing on an organization's behalf: its members, when it lets them. */
export function coSignRefusal(facts: CoSignFacts): InvalidInput | null {
  if (!facts.member) return invalid(msg('COSIGN_NOT_MEMBER'), 'organizationId');
  if (!facts.membersMayCoSign) return invalid(msg('COSIGN_NOT_ALLOWED'), 'organizationId');
  return null;
}

export const supportPolicy = {
  canSupport: (viewer: Viewer, d: DiagnosisFacts, f: FindingFacts) => supportRefusal(viewer, d, f) === null,
};
