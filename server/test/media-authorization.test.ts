import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageBytes, uploadOf } from '../src/test-support/factories/images.js';
import { attachImages } from '../src/media/image.service.js';
import { ROLES, changedTables, errorCode, openLive, rawId, snapshot, type Live, type Role } from './support-live.js';
import { MEDIA_MUTATIONS } from './media-matrix.js';

/**
 * The authorization matrix of images: `uploadImage` by every role. Signed-in people (residents,
 * stakeholders, coordinators, admins) send images; a workshop's guests and anonymous visitors are
 * refused, and the database is left exactly as it was.
 */
let live: Live;
let png: Buffer;
beforeAll(async () => {
  live = await openLive();
  png = await imageBytes('png', 480, 320);
});
afterAll(async () => {
  await live?.close();
});

const UPLOAD = `mutation($file: Upload!) { uploadImage(file: $file) { image { id width height url } userErrors { code field message } } }`;
const ALLOWED: Role[] = ['resident', 'stakeholder', 'coordinator', 'otherCoordinator', 'admin'];
const REFUSED: Record<string, string> = { anonymous: 'UNAUTHENTICATED', guest: 'FORBIDDEN', guestOther: 'FORBIDDEN' };

describe('uploadImage × every role', () => {
  it('covers every operation of the images', () => {
    expect(MEDIA_MUTATIONS).toEqual(['uploadImage']);
  });

  it.each(ROLES)('%s', async (role) => {
    const before = await snapshot(live.orm);
    const result = await live.api.run(UPLOAD, { file: uploadOf(png) }, live.viewers[role]);
    const after = await snapshot(live.orm);
    if (ALLOWED.includes(role)) {
      expect(result.errors).toBeUndefined();
      const payload = result.data?.uploadImage as { image: { width: number }; userErrors: unknown[] };
      expect(payload.userErrors).toEqual([]);
      expect(payload.image.width).toBe(480);
      expect(changedTables(before, after).sort()).toEqual(['image', 'image_rendition']);
    } else {
      expect(errorCode(result), JSON.stringify(result.errors)).toBe(REFUSED[role]);
      expect(changedTables(before, after)).toEqual([]);
    }
  });
});

describe('who may attach an image (attachImages, for the features whose content uses images)', () => {
  const CAN_ATTACH: Role[] = ['resident', 'coordinator', 'otherCoordinator', 'admin'];

  it.each(ROLES)('%s, to the resident’s image', async (role) => {
    const sent = await live.api.run(UPLOAD, { file: uploadOf(png) }, live.viewers.resident);
    const id = rawId((sent.data?.uploadImage as { image: { id: string } }).image.id);
    const attach = () => live.orm.em.fork().transactional((em) => attachImages(em, live.viewers[role], [id]));
    if (CAN_ATTACH.includes(role)) {
      await expect(attach()).resolves.toHaveLength(1);
    } else {
      await expect(attach()).rejects.toMatchObject({
        problems: [{ field: 'imageId', message: { code: 'IMAGE_NOT_ATTACHABLE' } }],
      });
    }
  });

  it('a forged id is refused the same way', async () => {
    const forged = '00000000-0000-4000-8000-000000000000';
    await expect(
      live.orm.em.fork().transactional((em) => attachImages(em, live.viewers.admin, [forged])),
    ).rejects.toMatchObject({ problems: [{ message: { code: 'IMAGE_NOT_ATTACHABLE' } }] });
  });
});
