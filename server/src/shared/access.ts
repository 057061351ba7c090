import { forbidden, unauthenticated } from './errors.js';
import { canModerate, type Viewer } from './viewer.js';

/** Coordinators of the workshop and admins; everyone else is refused before anything is read or written. */
export function requireModerator(
  viewer: Viewer,
  workshopId: string,
): asserts viewer is Extract<Viewer, { kind: 'person' }> {
  if (viewer.kind === 'anonymous') throw unauthenticated('Sign in as a coordinator of this workshop first.');
  if (!canModerate(viewer, workshopId)) throw forbidden('Only the coordinators of this workshop can do this.');
}

/** Signed-in people, and guests of this very workshop. */
export function requireParticipant(
  viewer: Viewer,
  workshopId: string,
): asserts viewer is Exclude<Viewer, { kind: 'anonymous' }> {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (viewer.kind === 'guest' && viewer.workshopId !== workshopId) {
    throw forbidden('Your guest session is for another workshop: join this one with its code.');
  }
}
