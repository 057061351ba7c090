import { forbidden, unauthenticated } from '../shared/errors.js';
import { invalid, msg, type InvalidInput } from '../shared/payload.js';
import { canModerate, type Viewer } from '../shared/viewer.js';
import { WorkshopStatus } from './workshop.entity.js';

/**
 * Who takes part in a workshop, and when it takes contributions. Running it (moderating) is
 * `canModerate` in shared/viewer.ts: the visibility rule needs it too.
 */

/** What these rules read of a workshop (a row, or an event's snapshot, whose status is text). */
export interface SessionFacts {
  id: string;
  status: string;
}

/** Signed-in people, and guests who joined this very workshop with its code. */
export function takesPart(viewer: Viewer, workshopId: string): boolean {
  return viewer.kind === 'person' || (viewer.kind === 'guest' && viewer.workshopId === workshopId);
}

/** Why the session takes nothing now (posting, editing, "me too"), in words the room understands. */
export function sessionRefusal(workshop: Pick<SessionFacts, 'status'>): InvalidInput | null {
  switch (workshop.status) {
    case WorkshopStatus.LIVE:
      return null;
    case WorkshopStatus.PAUSED:
      return invalid(msg('WORKSHOP_PAUSED'), 'workshopId');
    case WorkshopStatus.CLOSED:
      return invalid(msg('WORKSHOP_CLOSED'), 'workshopId');
    default:
      return invalid(msg('WORKSHOP_NOT_STARTED'), 'workshopId');
  }
}

/** Why this viewer does not take part in this workshop (nobody, or a guest of another one). */
export function participantRefusal(viewer: Viewer, workshopId: string): Error | null {
  if (viewer.kind === 'anonymous') return unauthenticated();
  if (!takesPart(viewer, workshopId)) {
    return forbidden('Your guest session is for another workshop: join this one with its code.');
  }
  return null;
}

/** Signed-in people, and guests of this very workshop; checked before anything is read. */
export function requireParticipant(
  viewer: Viewer,
  workshopId: string,
): asserts viewer is Exclude<Viewer, { kind: 'anonymous' }> {
  const refusal = participantRefusal(viewer, workshopId);
  if (refusal) throw refusal;
}

/**
 * A closed session may be reopened for this long after it closed (a close by mistake, a second
 * round the same day); after that, what was said is the workshop's record.
 */
export const reopenWindowHours = 24;

/** Why the session cannot be reopened now (`closed`: when it last closed, if it did); null when it can. */
export function reopenRefusal(status: WorkshopStatus, closed: Date | null, now = Date.now()): InvalidInput | null {
  if (status !== WorkshopStatus.CLOSED) {
    return invalid(msg('TRANSITION_REFUSED', { status, transition: 'reopen' }), 'workshopId');
  }
  if (!closed || now - closed.getTime() > reopenWindowHours * 3_600_000) {
    return invalid(msg('REOPEN_TOO_LATE', { hours: reopenWindowHours }), 'workshopId');
  }
  return null;
}

/** What a coordinator does to the session, each one mutation (`scheduleWorkshop` … `reopenWorkshop`). */
export enum WorkshopMove {
  SCHEDULE = 'SCHEDULE',
  OPEN = 'OPEN',
  PAUSE = 'PAUSE',
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
}

export type Transition = 'schedule' | 'open' | 'pause' | 'close';

/**
 * The session's state machine: where each move goes, from which states. Reopening (closed →
 * live) also asks when it closed: `reopenRefusal`.
 */
export const transitions: Record<
  Transition,
  { move: WorkshopMove; from: readonly WorkshopStatus[]; to: WorkshopStatus }
> = {
  schedule: { move: WorkshopMove.SCHEDULE, from: [WorkshopStatus.DRAFT], to: WorkshopStatus.SCHEDULED },
  open: {
    move: WorkshopMove.OPEN,
    from: [WorkshopStatus.SCHEDULED, WorkshopStatus.PAUSED],
    to: WorkshopStatus.LIVE,
  },
  pause: { move: WorkshopMove.PAUSE, from: [WorkshopStatus.LIVE], to: WorkshopStatus.PAUSED },
  close: {
    move: WorkshopMove.CLOSE,
    from: [WorkshopStatus.LIVE, WorkshopStatus.PAUSED],
    to: WorkshopStatus.CLOSED,
  },
};

/** Why the session cannot make this transition from its state now; null when it can. */
export function transitionRefusal(status: WorkshopStatus, transition: Transition): InvalidInput | null {
  return transitions[transition].from.includes(status)
    ? null
    : invalid(msg('TRANSITION_REFUSED', { status, transition }), 'workshopId');
}

/**
 * The moves the session allows now, to those who run it (`closed`: when it last closed, asked
 * only of closed sessions), in the order of `transitions`, reopening last.
 */
export function sessionMoves(status: WorkshopStatus, closed: Date | null, now = Date.now()): WorkshopMove[] {
  const moves = (Object.keys(transitions) as Transition[])
    .filter((t) => transitionRefusal(status, t) === null)
    .map((t) => transitions[t].move);
  if (reopenRefusal(status, closed, now) === null) moves.push(WorkshopMove.REOPEN);
  return moves;
}

export const workshopPolicy = {
  takesPart,
  /** What `postContribution` checks of the viewer and the session. */
  canPost: (viewer: Viewer, workshop: SessionFacts) =>
    participantRefusal(viewer, workshop.id) === null && sessionRefusal(workshop) === null,
  /**
   * What `scheduleWorkshop` … `reopenWorkshop` would accept of this viewer now: nothing for those
   * who do not run it (`closed`: when it last closed, read only for them, of a closed session).
   */
  sessionMoves: (viewer: Viewer, workshop: { id: string; status: WorkshopStatus }, closed: Date | null) =>
    canModerate(viewer, workshop.id) ? sessionMoves(workshop.status, closed) : [],
};
