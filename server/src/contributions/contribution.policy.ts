import { forbidden } from '../shared/errors.js';
import { invalid, msg } from '../shared/payload.js';
import { canModerate, type Viewer } from '../shared/viewer.js';
import { isAuthor, type ContributionFacts } from '../shared/visibility.js';
import { participantRefusal, sessionRefusal, workshopPolicy, type SessionFacts } from '../workshops/workshop.policy.js';
import { ModerationState } from './contribution.entity.js';

/**
 * Each rule about acting on a contribution, once. A `…Refusal` says why an action is refused
 * (null: it is allowed); the services throw it, the `viewerCan…` fields ask whether it is null,
 * so what the site offers and what the API accepts cannot drift apart. Rules are about a
 * contribution the viewer can see: the services read their target through the visibility rule
 * first, and answer NOT_FOUND for anything else.
 */

/** Authors may fix or take back what they said for this long. */
export const editWindowMinutes = 15;

/** What these rules read of a contribution (a row, a target, or an event's snapshot). */
export interface ActedOn extends ContributionFacts {
  parentId: string | null;
  createdAt: Date | string;
}

const stillOpen = (c: ActedOn) =>
  c.moderationState === ModerationState.PENDING || c.moderationState === ModerationState.PUBLISHED;

/** An author's own change: theirs, within the window, while waiting or published. */
function ownChangeRefusal(viewer: Viewer, c: ActedOn, now: number): Error | null {
  if (!isAuthor(viewer, c)) return forbidden('You can only change your own contributions.');
  if (now - new Date(c.createdAt).getTime() > editWindowMinutes * 60_000) {
    return invalid(msg('EDIT_WINDOW_OVER', { minutes: editWindowMinutes }));
  }
  if (!stillOpen(c)) {
    return invalid(msg('NO_LONGER_CHANGEABLE'));
  }
  return null;
}

/** Changing the text also needs the session live: it reaches the room. */
export function editRefusal(viewer: Viewer, c: ActedOn, workshop: SessionFacts, now = Date.now()): Error | null {
  return ownChangeRefusal(viewer, c, now) ?? sessionRefusal(workshop);
}

/** Taking it back is always possible within the window, even once the session is paused or closed. */
export function withdrawRefusal(viewer: Viewer, c: ActedOn, now = Date.now()): Error | null {
  return ownChangeRefusal(viewer, c, now);
}

/**
 * "Me too" (`on`) or taking it back: a participant, on a published contribution, while the
 * session is live; nobody supports their own (taking one back is always fine).
 */
export function voteRefusal(viewer: Viewer, c: ActedOn, workshop: SessionFacts, on = true): Error | null {
  const refusal = participantRefusal(viewer, c.workshopId) ?? sessionRefusal(workshop);
  if (refusal) return refusal;
  if (c.moderationState !== ModerationState.PUBLISHED) {
    return invalid(msg('ONLY_PUBLISHED_SUPPORTED'));
  }
  if (on && isAuthor(viewer, c)) {
    return invalid(msg('CANNOT_SUPPORT_OWN'));
  }
  return null;
}

/** A report: a participant, once, on someone else's published contribution (whatever the session's state). */
export function reportRefusal(viewer: Viewer, c: ActedOn, alreadyReported: boolean): Error | null {
  const refusal = participantRefusal(viewer, c.workshopId);
  if (refusal) return refusal;
  if (isAuthor(viewer, c) || c.moderationState !== ModerationState.PUBLISHED) {
    return invalid(msg('REPORT_NOT_ALLOWED'));
  }
  if (alreadyReported) {
    return invalid(msg('ALREADY_REPORTED'));
  }
  return null;
}

/**
 * A reply: to a published contribution of the session, not to a reply. (Whether the viewer may
 * post in the session at all is the workshop's rule, `workshopPolicy.canPost`.)
 */
export function replyRefusal(parent: ActedOn, workshopId: string): Error | null {
  if (parent.workshopId !== workshopId) return replyElsewhere();
  if (parent.parentId) {
    return invalid(msg('REPLY_TO_REPLY'), 'parentId');
  }
  if (parent.moderationState !== ModerationState.PUBLISHED) {
    return invalid(msg('REPLY_TO_UNPUBLISHED'), 'parentId');
  }
  return null;
}

/** A parent the viewer cannot see gets the same answer as one of another workshop. */
export const replyElsewhere = () => invalid(msg('REPLY_ELSEWHERE'), 'parentId');

export const contributionPolicy = {
  canEdit: (viewer: Viewer, c: ActedOn, workshop: SessionFacts) => editRefusal(viewer, c, workshop) === null,
  canWithdraw: (viewer: Viewer, c: ActedOn) => withdrawRefusal(viewer, c) === null,
  canVote: (viewer: Viewer, c: ActedOn, workshop: SessionFacts) => voteRefusal(viewer, c, workshop) === null,
  canReport: (viewer: Viewer, c: ActedOn, alreadyReported: boolean) =>
    reportRefusal(viewer, c, alreadyReported) === null,
  canReply: (viewer: Viewer, c: ActedOn, workshop: SessionFacts) =>
    workshopPolicy.canPost(viewer, workshop) && replyRefusal(c, workshop.id) === null,
};

/** Why a coordinator hid it: for those who run the workshop, and for its author. */
export const canReadHiddenReason = (viewer: Viewer, c: ContributionFacts) =>
  canModerate(viewer, c.workshopId) || isAuthor(viewer, c);
