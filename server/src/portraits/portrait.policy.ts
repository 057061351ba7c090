import { forbidden, unauthenticated } from '../shared/errors.js';
import { invalid, msg } from '../shared/payload.js';
import { isStaff, type Viewer } from '../shared/viewer.js';
import { PlatformRole } from '../people/person.entity.js';

/**
 * Who writes a portrait. Its editors are the members of its carrier organizations (carriers of
 * the published edition or of the draft: whoever claims an idea edits it before it is published)
 * and editorial staff (coordinators and admins), who also review. Facts are read by the service.
 */
export interface PortraitEditFacts {
  /** The viewer belongs to an organization carrying the portrait. */
  viewerIsCarrierMember: boolean;
}

/** Why this viewer may not edit the portrait's draft, or null. */
export function editRefusal(viewer: Viewer, facts: PortraitEditFacts): Error | null {
  if (viewer.kind === 'anonymous') return unauthenticated('Sign in to edit a portrait.');
  if (viewer.kind !== 'person') return forbidden('Sign in with an account to edit a portrait.');
  if (isStaff(viewer) || facts.viewerIsCarrierMember) return null;
  return forbidden('Only the members of the carrying organization and coordinators edit this portrait.');
}

/**
 * Who starts a portrait: a stakeholder for an organization they belong to (it becomes the
 * carrier), or staff. `memberOfCarrier` says whether the viewer belongs to the chosen one.
 */
export function createRefusal(viewer: Viewer, memberOfCarrier: boolean): Error | null {
  if (viewer.kind === 'anonymous') return unauthenticated('Sign in to write a portrait.');
  if (viewer.kind !== 'person') return forbidden('Sign in with an account to write a portrait.');
  if (isStaff(viewer)) return null;
  if (viewer.role !== PlatformRole.STAKEHOLDER) {
    return forbidden('Portraits are written by the organizations that carry projects, and by coordinators.');
  }
  return memberOfCarrier ? null : invalid(msg('PORTRAIT_NOT_MEMBER'), 'organizationId');
}

export const portraitPolicy = {
  canEdit: (viewer: Viewer, facts: PortraitEditFacts) => editRefusal(viewer, facts) === null,
  /** Whether the viewer may start a portrait at all (the site's "Écrire un portrait" link). */
  canCreate: (viewer: Viewer) => createRefusal(viewer, true) === null,
};
