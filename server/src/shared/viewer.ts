import { PlatformRole } from '../people/person.entity.js';

/** Who is asking. Sessions arrive with accounts; until then every request is anonymous. */
export type Viewer = { kind: 'anonymous' } | { kind: 'person'; personId: string; role: PlatformRole };

export const anonymous: Viewer = { kind: 'anonymous' };

/** Staff see drafts, pending and hidden content; everyone else sees only what is published. */
export function isStaff(viewer: Viewer): boolean {
  return viewer.kind === 'person' && (viewer.role === PlatformRole.ADMIN || viewer.role === PlatformRole.COORDINATOR);
}
