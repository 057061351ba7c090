import { invalid, msg } from '../shared/payload.js';
import type { Viewer } from '../shared/viewer.js';
import type { DiagnosisFacts } from '../diagnosis/diagnosis.policy.js';
import { FindingStatus } from './finding.entity.js';
import { coordinatorRefusal, type FindingFacts } from './finding.policy.js';

/** A retained finding may give rise to a project idea, at its diagnosis's coordinators' hands. */
export function spawnRefusal(viewer: Viewer, d: DiagnosisFacts, f: FindingFacts): Error | null {
  const refusal = coordinatorRefusal(viewer, d.id);
  if (refusal) return refusal;
  return f.status === FindingStatus.RETAINED ? null : invalid(msg('PROJECT_IDEA_NOT_RETAINED'), 'findingId');
}
