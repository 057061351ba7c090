import { forbidden, unauthenticated } from '../shared/errors.js';
import { isStaff, type Viewer } from '../shared/viewer.js';

/** Signed-in people upload (residents, stakeholders, staff); a workshop's guests and visitors do not. */
export function uploadRefusal(viewer: Viewer): Error | null {
  if (viewer.kind === 'anonymous') return unauthenticated('Sign in to send an image.');
  if (viewer.kind === 'guest') return forbidden('Guests of a workshop cannot send images: sign in with an account.');
  return null;
}

/** Who may put an image into content (a portrait, a logo): the person who sent it, or staff. */
export function mayAttachImage(viewer: Viewer, image: { uploadedById: string }): boolean {
  return isStaff(viewer) || (viewer.kind === 'person' && viewer.personId === image.uploadedById);
}

/** Who may see an image: anyone once public; before that, its uploader and staff (the SQL twin is in the loaders). */
export function seesImage(viewer: Viewer, image: { uploadedById: string; isPublic: boolean }): boolean {
  return image.isPublic || mayAttachImage(viewer, image);
}
