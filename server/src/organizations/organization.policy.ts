import { forbidden, unauthenticated, type AppError } from '../shared/errors.js';
import { invalid, msg, type InvalidInput } from '../shared/payload.js';
import { isAdmin, type Viewer } from '../shared/viewer.js';
import { PlatformRole } from '../people/person.entity.js';
import { MembershipAccess } from './organization.entity.js';

/** The viewer's tie to one organization: their access, or null for no membership. */
export type Tie = MembershipAccess | null;

const signInFirst = () => unauthenticated('Sign in first.');

/** Signed-in people with an account; guests of a workshop and visitors are not. */
export function signedInRefusal(viewer: Viewer): AppError | null {
  if (viewer.kind === 'anonymous') return signInFirst();
  if (viewer.kind !== 'person') return forbidden('Sign in with an account to do this.');
  return null;
}

export function adminRefusal(viewer: Viewer): AppError | null {
  return signedInRefusal(viewer) ?? (isAdmin(viewer) ? null : forbidden('Only administrators can do this.'));
}

/** Its managers, and admins, edit an organization and decide who belongs to it. */
export function canManage(viewer: Viewer, tie: Tie): boolean {
  return isAdmin(viewer) || (viewer.kind === 'person' && tie === MembershipAccess.MANAGER);
}

export function manageRefusal(viewer: Viewer, tie: Tie): AppError | null {
  return signedInRefusal(viewer) ?? (canManage(viewer, tie) ? null : forbidden('Only its managers can do this.'));
}

/** Stakeholders (and staff) ask for an organization; residents take part as themselves. */
export function canRequestOrganization(viewer: Viewer): boolean {
  return viewer.kind === 'person' && viewer.role !== PlatformRole.RESIDENT;
}

export function requestOrganizationRefusal(viewer: Viewer): AppError | null {
  return (
    signedInRefusal(viewer) ??
    (canRequestOrganization(viewer) ? null : forbidden('Only stakeholders can ask for an organization.'))
  );
}

/** Anyone signed in who is not a member may ask to join. */
export function canRequestToJoin(viewer: Viewer, tie: Tie): boolean {
  return viewer.kind === 'person' && tie === null;
}

/** A manager may step down, or be removed, only while another manager remains. */
export function lastManagerRefusal(leaving: Tie, managers: number): InvalidInput | null {
  return leaving === MembershipAccess.MANAGER && managers <= 1 ? invalid(msg('LAST_MANAGER'), 'personId') : null;
}

/** What an invitation's state says to the person holding its link (or null: it may be accepted). */
export function invitationRefusal(
  invitation: { expiresAt: Date; acceptedAt?: Date | null; revokedAt?: Date | null },
  hours: number,
  now = new Date(),
): InvalidInput | null {
  if (invitation.revokedAt) return invalid(msg('INVITATION_REVOKED'), 'token');
  if (invitation.acceptedAt) return invalid(msg('INVITATION_USED'), 'token');
  if (invitation.expiresAt <= now) return invalid(msg('INVITATION_EXPIRED', { hours }), 'token');
  return null;
}
