import { invalid, msg } from '../shared/payload.js';
import type { Viewer } from '../shared/viewer.js';
import {
  consultationParticipantRefusal,
  consultationRefusal,
  type DiagnosisFacts,
} from '../diagnosis/diagnosis.policy.js';
import { coordinatorRefusal, mergedRefusal, type FindingFacts } from './finding.policy.js';

export const commentLimits = { min: 2, max: 2000 };

/** Comments: signed-in people, during the consultation, on a finding not merged away. */
export function commentRefusal(viewer: Viewer, d: DiagnosisFacts, f: FindingFacts): Error | null {
  return consultationParticipantRefusal(viewer) ?? consultationRefusal(d) ?? mergedRefusal(f);
}

/** Hiding a comment: the diagnosis's coordinators (and admins), whatever its state. */
export const hideCommentRefusal = (viewer: Viewer, d: DiagnosisFacts): Error | null => coordinatorRefusal(viewer, d.id);

/** The comment as stored (trimmed, line ends normalised), or why not. */
export function checkComment(body: string): string {
  const text = body.replace(/\r\n/g, '\n').trim();
  if (text.length < commentLimits.min || text.length > commentLimits.max) {
    throw invalid(msg('COMMENT_LENGTH', commentLimits), 'body');
  }
  return text;
}

export const commentPolicy = {
  canComment: (viewer: Viewer, d: DiagnosisFacts, f: FindingFacts) => commentRefusal(viewer, d, f) === null,
};
