import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { factories } from '../src/test-support/factories/index.js';
import { imageBytes, uploadForm } from '../src/test-support/factories/images.js';
import { startTestServer, type TestServer } from '../src/test-support/server.js';
import { fromGlobalId, toGlobalId } from '../src/shared/ids.js';
import { markImagesPublic } from '../src/media/image.service.js';
import { sweepUnattachedImages } from '../src/media/image.sweep.js';

/**
 * Serving images: public ones are immutable, cached for a year and revalidated by a strong ETag;
 * private ones reach their uploader and staff only, never cached; to anyone else they are as
 * absent as a forged path, and no path makes the server fail.
 */
let db: Database;
let server: TestServer;
let base: string;
const cookies: Record<'owner' | 'other' | 'coordinator' | 'admin' | 'anonymous', string> = {
  owner: '',
  other: '',
  coordinator: '',
  admin: '',
  anonymous: '',
};
let privateImage: { id: string; url: string; originalUrl: string };
let publicImage: { id: string; url: string; originalUrl: string };

async function upload(cookie: string) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { cookie, 'apollo-require-preflight': 'true' },
    body: uploadForm(await imageBytes('jpeg', 900, 600), 'photo.jpg', 'image/jpeg', 'image { id url originalUrl }'),
  });
  const body = (await response.json()) as { data: { uploadImage: { image: typeof privateImage } } };
  return body.data.uploadImage.image;
}

const get = (path: string, cookie = '', headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers: { ...(cookie ? { cookie } : {}), ...headers } });

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db.orm);
  base = server.url.replace(/\/graphql$/, '');
  const make = factories(db.orm);
  for (const [name, role] of [
    ['owner', 'RESIDENT'],
    ['other', 'STAKEHOLDER'],
    ['coordinator', 'COORDINATOR'],
    ['admin', 'ADMIN'],
  ] as const) {
    cookies[name] = await server.cookieFor(await (await make.person({ role })).viewer());
  }
  privateImage = await upload(cookies.owner);
  publicImage = await upload(cookies.owner);
  await db.orm.em.fork().transactional((em) => markImagesPublic(em, [fromGlobalId(publicImage.id).id]));
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

describe('a public image', () => {
  it('is immutable for a year, with a strong ETag, nosniff, its type and length', async () => {
    expect(publicImage.url).toMatch(/\/900\.webp$/);
    const response = await get(publicImage.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('image/webp');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    expect(bytes.toString('latin1', 8, 12)).toBe('WEBP');
  });

  it('answers 304 to the ETag it was served with', async () => {
    const etag = (await get(publicImage.url)).headers.get('etag')!;
    const again = await get(publicImage.url, '', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect((await get(publicImage.url, '', { 'if-none-match': '"autre"' })).status).toBe(200);
  });

  it('serves each rendition and the original in its own type', async () => {
    const id = fromGlobalId(publicImage.id).id;
    for (const width of [320, 640, 900]) {
      expect((await get(`/media/images/${id}/${width}.webp`)).status).toBe(200);
    }
    const original = await get(publicImage.originalUrl);
    expect(publicImage.originalUrl).toMatch(/original\.jpg$/);
    expect(original.status).toBe(200);
    expect(original.headers.get('content-type')).toBe('image/jpeg');
  });

  it('is public to GraphQL readers too (node)', async () => {
    const seen = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ node(id: "${publicImage.id}") { ... on Image { id width } } }` }),
    });
    expect(((await seen.json()) as { data: { node: unknown } }).data.node).toEqual({ id: publicImage.id, width: 900 });
  });
});

describe('an image not yet public', () => {
  it.each(['owner', 'coordinator', 'admin'] as const)('is served to %s, never cached', async (who) => {
    const response = await get(privateImage.url, cookies[who]);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(['anonymous', 'other'] as const)('is 404 to %s, as a missing one is', async (who) => {
    const response = await get(privateImage.url, cookies[who]);
    expect(response.status).toBe(404);
    const missing = await get(`/media/images/00000000-0000-4000-8000-000000000000/320.webp`, cookies[who]);
    expect(missing.status).toBe(404);
    expect(await response.text()).toBe(await missing.text());
    expect(response.headers.get('cache-control')).toBe(missing.headers.get('cache-control'));
  });

  it.each([
    ['anonymous', null],
    ['other', null],
    ['owner', 900],
    ['coordinator', 900],
  ] as const)('through node(id:), %s sees %s', async (who, width) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies[who] },
      body: JSON.stringify({ query: `{ node(id: "${privateImage.id}") { ... on Image { width } } }` }),
    });
    const node = ((await response.json()) as { data: { node: { width: number } | null } }).data.node;
    expect(node?.width ?? null).toBe(width);
  });
});

describe('forged paths', () => {
  const id = () => fromGlobalId(publicImage.id).id;
  it.each([
    () => `/media/images/${id()}/321.webp`,
    () => `/media/images/${id()}/99999999999999999999.webp`,
    () => `/media/images/${id()}/-1.webp`,
    () => `/media/images/${id()}/original.png`,
    () => `/media/images/${id()}/original.svg`,
    () => `/media/images/${id()}/%00.webp`,
    () => `/media/images/${id()}%00/320.webp`,
    () => `/media/images/../../etc/passwd`,
    () => `/media/images/${id()}/..%2F..%2Fetc%2Fpasswd`,
    () => `/media/images/not-a-uuid/320.webp`,
    () => `/media/images/${toGlobalId('Image', id())}/320.webp`,
    () => `/media/images/${'a'.repeat(5000)}/320.webp`,
    () => `/media/images/`,
  ])('%s is 404, never a 500', async (path) => {
    const response = await get(path(), cookies.admin);
    expect(response.status).toBe(404);
  });

  it('only GET and HEAD are served', async () => {
    const response = await fetch(`${base}${publicImage.url}`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    const head = await fetch(`${base}${publicImage.url}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
  });
});

describe('the sweep', () => {
  it('removes images never attached after a day, keeps the others', async () => {
    const fresh = await upload(cookies.owner);
    const knex = db.orm.em.getKnex();
    const ids = (await knex('image').pluck('id')) as string[];
    expect(await sweepUnattachedImages(db.orm)).toBe(0);
    const tomorrow = new Date(Date.now() + 25 * 60 * 60_000);
    expect(await sweepUnattachedImages(db.orm, tomorrow)).toBe(ids.length - 1);
    expect((await knex('image').pluck('id')) as string[]).toEqual([fromGlobalId(publicImage.id).id]);
    expect((await get(fresh.url, cookies.owner)).status).toBe(404);
    expect((await get(publicImage.url)).status).toBe(200);
  });
});
