import { forbidden, unauthenticated } from './errors.js';
import { canModerate, moderatedWorkshops, type Viewer } from './viewer.js';

type Person = Extract<Viewer, { kind: 'person' }>;

export const notModerator = () => forbidden('Only the coordinators of this workshop can do this.');
const signInAsCoordinator = () => unauthenticated('Sign in as a coordinator of this workshop first.');

/** Coordinators of the workshop and admins; everyone else is refused before anything is read or written. */
export function requireModerator(viewer: Viewer, workshopId: string): asserts viewer is Person {
  if (viewer.kind === 'anonymous') throw signInAsCoordinator();
  if (!canModerate(viewer, workshopId)) throw notModerator();
}

/**
 * Before the workshop is known (an action on a contribution by its id): refuses whoever runs no
 * workshop at all, and says who acts and which workshops they run (every one for admins).
 */
export function requireModeratorOfSome(viewer: Viewer): { actorId: string; scope: 'all' | ReadonlySet<string> } {
  if (viewer.kind === 'anonymous') throw signInAsCoordinator();
  const scope = moderatedWorkshops(viewer);
  if (viewer.kind !== 'person' || (scope !== 'all' && scope.size === 0)) throw notModerator();
  return { actorId: viewer.personId, scope };
}
