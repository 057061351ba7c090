import type { Knex } from '@mikro-orm/postgresql';
import { byId } from '../shared/loader.js';
import { isStaff, type Viewer } from '../shared/viewer.js';
import { imageColumns, type ImageType } from './image.type.js';

/** Images the viewer may see: public ones, and their own or every one for staff (`seesImage` in SQL). */
export function visibleImages(knex: Knex, viewer: Viewer) {
  const qb = knex('image as im');
  if (isStaff(viewer)) return qb;
  return qb.where((q) => {
    q.where('im.is_public', true);
    if (viewer.kind === 'person') q.orWhere('im.uploaded_by_id', viewer.personId);
  });
}

/** `imageById.loadMany(ids)` is how other features read the images of their content, batched. */
export function createImageLoaders(knex: Knex, viewer: Viewer) {
  return {
    imageById: byId<ImageType>((ids) => visibleImages(knex, viewer).select(imageColumns('im')).whereIn('im.id', ids)),
  };
}
