import { PlatformRole } from '../people/person.entity.js';

/** Who is asking: nobody, a signed-in person, or a guest who joined one workshop with its code. */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'person';
      personId: string;
      role: PlatformRole;
      displayName: string;
      /** Workshops this person coordinates, read with the session. */
      coordinates: ReadonlySet<string>;
      /** Diagnoses this person coordinates for their territory, read with the session. */
      diagnoses: ReadonlySet<string>;
      sessionId?: string;
    }
  | { kind: 'guest'; guestId: string; workshopId: string; displayName: string; sessionId?: string };

export const anonymous: Viewer = { kind: 'anonymous' };

/** Editorial staff see drafts of portraits, stories and diagnoses. */
export function isStaff(viewer: Viewer): boolean {
  return viewer.kind === 'person' && (viewer.role === PlatformRole.ADMIN || viewer.role === PlatformRole.COORDINATOR);
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === 'person' && viewer.role === PlatformRole.ADMIN;
}

/** The workshops this viewer runs and moderates: every one for admins, their assignments for coordinators. */
export function moderatedWorkshops(viewer: Viewer): 'all' | ReadonlySet<string> {
  if (isAdmin(viewer)) return 'all';
  return viewer.kind === 'person' ? viewer.coordinates : new Set();
}

export function canModerate(viewer: Viewer, workshopId: string): boolean {
  const scope = moderatedWorkshops(viewer);
  return scope === 'all' || scope.has(workshopId);
}

/** The key a vote, a report or an authored contribution is recorded under. */
export function participantKey(viewer: Viewer): string | null {
  if (viewer.kind === 'person') return `p:${viewer.personId}`;
  if (viewer.kind === 'guest') return `g:${viewer.guestId}`;
  return null;
}
