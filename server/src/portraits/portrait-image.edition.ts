import type { EntityManager } from '@mikro-orm/postgresql';
import { Image } from '../media/image.entity.js';
import type { Portrait } from './portrait.entity.js';
import type { ImageEntry } from './portrait.document.js';
import { PortraitImage } from './portrait-image.entity.js';

/** The published edition's images as the document lists them, in order. */
export async function imagesOf(em: EntityManager, portrait: Portrait): Promise<ImageEntry[]> {
  const rows = await em.find(PortraitImage, { portrait: portrait.id }, { orderBy: { position: 'asc' } });
  return rows.map((row) => ({ imageId: row.image.id, alt: row.alt }));
}

/** Replaces the published images by the document's, in the caller's unit of work. */
export async function applyImages(em: EntityManager, portrait: Portrait, images: readonly ImageEntry[]) {
  const rows = await em.find(PortraitImage, { portrait: portrait.id });
  const kept = new Map(rows.map((row) => [row.image.id, row]));
  images.forEach((entry, position) => {
    const row = kept.get(entry.imageId);
    if (row) {
      Object.assign(row, { alt: entry.alt, position });
      kept.delete(entry.imageId);
    } else {
      em.create(PortraitImage, { portrait, image: em.getReference(Image, entry.imageId), alt: entry.alt, position });
    }
  });
  for (const gone of kept.values()) em.remove(gone);
}
