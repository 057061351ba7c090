import { forbidden, unauthenticated } from '../shared/errors.js';
import { invalid, msg, type InvalidInput } from '../shared/payload.js';
import { canModerate, isStaff, type Viewer } from '../shared/viewer.js';
import { DatePrecision, WorkshopKind, WorkshopStatus } from './workshop.entity.js';

/**
 * Who plans workshops and who registers for them. Editing a workshop's plan, its prompts and its
 * co-coordinators is running it (`canModerate`): its coordinators and admins, all alike, so a
 * co-coordinator may add another one (each change announces the new rights to open sockets).
 */

type PersonViewer = Extract<Viewer, { kind: 'person' }>;

/** Coordinators and admins plan new workshops (and become the coordinators of those they plan). */
export function plannerRefusal(viewer: Viewer): Error | null {
  if (viewer.kind !== 'person') return unauthenticated('Sign in as a coordinator to plan a workshop.');
  return isStaff(viewer) ? null : forbidden('Only coordinators and admins plan workshops.');
}

/** Those who run the workshop change its plan, its prompts and who coordinates it. */
export function plannerOfRefusal(viewer: Viewer, workshopId: string): Error | null {
  if (viewer.kind === 'anonymous') return unauthenticated('Sign in as a coordinator of this workshop first.');
  return canModerate(viewer, workshopId) ? null : forbidden('Only the coordinators of this workshop can do this.');
}

export function requirePerson(viewer: Viewer, refusal: Error | null): asserts viewer is PersonViewer {
  if (refusal) throw refusal;
  if (viewer.kind !== 'person') throw unauthenticated();
}

/** What the registration rules read of a workshop. */
export interface RegistrationFacts {
  status: string;
  kind: string;
  startsAt: Date;
  participantCap: number | null;
}

/** Signed-in people register; guests of a live room and visitors sign in first. */
export function registrantRefusal(viewer: Viewer): Error | null {
  return viewer.kind === 'person' ? null : unauthenticated('Sign in to register for a workshop.');
}

/** Announced, not started, not a consultation: the only workshops one registers for (or cancels). */
export function registrationClosedRefusal(w: RegistrationFacts, now = Date.now()): InvalidInput | null {
  const upcoming =
    w.status === WorkshopStatus.SCHEDULED && w.kind !== WorkshopKind.CONSULTATION && w.startsAt.getTime() > now;
  return upcoming ? null : invalid(msg('REGISTRATION_CLOSED'), 'workshopId');
}

/** Past its cap (`taken`: the registrations already counted under the workshop's lock). */
export function fullRefusal(w: Pick<RegistrationFacts, 'participantCap'>, taken: number): InvalidInput | null {
  return w.participantCap != null && taken >= w.participantCap
    ? invalid(msg('WORKSHOP_FULL', { cap: w.participantCap }), 'workshopId')
    : null;
}

/** A question the room has seen (it was put to it, or answered) stays as it was asked. */
export function promptUsedRefusal(used: { wasActive: boolean; contributions: number }): InvalidInput | null {
  return used.wasActive || used.contributions > 0 ? invalid(msg('PROMPT_USED'), 'promptId') : null;
}

/** `.ics` files need at least a day: a workshop known by month or year has no calendar entry. */
export const hasCalendarDate = (precision: string) =>
  precision === DatePrecision.DAY_TIME || precision === DatePrecision.DAY;

export const planningPolicy = {
  canPlan: (viewer: Viewer) => plannerRefusal(viewer) === null,
  canEdit: (viewer: Viewer, workshopId: string) => plannerOfRefusal(viewer, workshopId) === null,
  canRegister: (viewer: Viewer, w: RegistrationFacts, taken: number) =>
    registrantRefusal(viewer) === null && registrationClosedRefusal(w) === null && fullRefusal(w, taken) === null,
};
