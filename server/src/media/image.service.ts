import type { EntityManager } from '@mikro-orm/postgresql';
import type { FileUpload } from 'graphql-upload-minimal';
import type { Context } from '../shared/context.js';
import { forbidden, notFound } from '../shared/errors.js';
import { invalid, msg } from '../shared/payload.js';
import { RateLimiter } from '../shared/rate-limit.js';
import type { Viewer } from '../shared/viewer.js';
import { Image, ImageRendition, RenditionRole } from './image.entity.js';
import { mayAttachImage, uploadRefusal } from './image.policy.js';
import { processImage, type Rendition } from './image.process.js';
import { readUpload } from './image.upload.js';
import type { ImageType } from './image.type.js';

/** Per person: resizing costs seconds of CPU, a runaway script must not take them all. */
const uploads = new RateLimiter(60, 60 * 60_000, 'images sent in an hour');

function renditionOf(em: EntityManager, image: Image, role: RenditionRole, r: Rendition) {
  em.create(ImageRendition, {
    image,
    role,
    format: r.format,
    width: r.width,
    height: r.height,
    byteSize: r.data.length,
    sha256: r.sha256,
    data: r.data,
  });
}

export const imageService = {
  /**
   * Checks who sends, then the file from its bytes (size while it streams, type, dimensions,
   * readability), then stores the image and its renditions in one transaction. Any refusal comes
   * before the transaction: nothing is stored.
   */
  async upload(ctx: Context, file: Promise<FileUpload>): Promise<{ image: ImageType }> {
    const { viewer } = ctx;
    const refusal = uploadRefusal(viewer);
    if (refusal || viewer.kind !== 'person') throw refusal ?? forbidden();
    await uploads.take(viewer.personId);
    const processed = await processImage(await readUpload(file));
    const id = await ctx.em.fork().transactional(async (em) => {
      const image = em.create(Image, {
        uploadedBy: viewer.personId,
        format: processed.format,
        width: processed.width,
        height: processed.height,
        byteSize: processed.byteSize,
        sha256: processed.sha256,
        widths: processed.webp.map((r) => r.width),
      });
      renditionOf(em, image, RenditionRole.ORIGINAL, processed.original);
      for (const r of processed.webp) renditionOf(em, image, RenditionRole.WEBP, r);
      return image.id;
    });
    const image = await ctx.loaders.imageById.load(id);
    if (!image) throw notFound('The image');
    return { image };
  },
};

/**
 * For the features whose content uses images (portraits, logos), inside their transaction: each
 * image must exist and be the viewer's own (or the viewer staff); from then on it is kept by the
 * sweep. Answers the user error IMAGE_NOT_ATTACHABLE on `field` otherwise.
 */
export async function attachImages(em: EntityManager, viewer: Viewer, imageIds: readonly string[], field = 'imageId') {
  if (imageIds.length === 0) return [];
  const images = await em.find(Image, { id: { $in: [...new Set(imageIds)] } });
  const byId = new Map(images.map((image) => [image.id, image]));
  for (const id of imageIds) {
    const image = byId.get(id);
    if (!image || !mayAttachImage(viewer, { uploadedById: image.uploadedBy.id })) {
      throw invalid(msg('IMAGE_NOT_ATTACHABLE'), field);
    }
  }
  for (const image of images) image.attachedAt ??= new Date();
  return images;
}

/**
 * Once the content using them is published (inside its transaction): served to anyone, cached by
 * browsers and proxies for a year. An image stays public from then on: caches would keep it anyway.
 */
export async function markImagesPublic(em: EntityManager, imageIds: readonly string[]): Promise<void> {
  if (imageIds.length === 0) return;
  for (const image of await em.find(Image, { id: { $in: [...imageIds] } })) {
    image.isPublic = true;
    image.attachedAt ??= new Date();
  }
}
