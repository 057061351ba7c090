import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { factories } from '../src/test-support/factories/index.js';
import { imageBytes, pngClaiming, uploadForm } from '../src/test-support/factories/images.js';
import { startTestServer, type TestServer } from '../src/test-support/server.js';
import { imageLimits } from '../src/media/image.inputs.js';

/**
 * Uploads through the real HTTP server, as the site relays a form's file: what is accepted is
 * stored with its renditions, metadata stripped; whatever lies about its type, is damaged, empty,
 * too large or too many pixels is refused with its code and nothing is stored.
 */
let db: Database;
let server: TestServer;
let cookie: string;
let base: string;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db.orm);
  base = server.url.replace(/\/graphql$/, '');
  const make = factories(db.orm);
  const resident = await make.person({ role: 'RESIDENT' });
  cookie = await server.cookieFor(await resident.viewer());
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

interface Uploaded {
  image: { id: string; width: number; height: number; url: string } | null;
  userErrors: { code: string; field: string | null; message: string }[];
}

async function upload(bytes: Buffer, filename: string, type: string): Promise<Uploaded> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { cookie, 'apollo-require-preflight': 'true', 'accept-language': 'fr' },
    body: uploadForm(bytes, filename, type),
  });
  const body = (await response.json()) as { data?: { uploadImage: Uploaded }; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.uploadImage;
}

const counts = async () => {
  const knex = db.orm.em.getKnex();
  const [images] = (await knex('image').count('* as n')) as { n: string }[];
  const [renditions] = (await knex('image_rendition').count('* as n')) as { n: string }[];
  return { images: Number(images?.n), renditions: Number(renditions?.n) };
};

const renditionsOf = async (globalId: string) => {
  const id = Buffer.from(globalId, 'base64url').toString().split(':')[1];
  return (await db.orm.em
    .getKnex()('image_rendition')
    .select('role', 'format', 'width', 'height', 'data')
    .where('image_id', id)
    .orderBy(['role', 'width'])) as { role: string; format: string; width: number; height: number; data: Buffer }[];
};

describe('uploadImage accepts real images', () => {
  it.each([
    ['jpeg', 'photo.jpg', 'image/jpeg'],
    ['png', 'plan.png', 'image/png'],
    ['webp', 'vue.webp', 'image/webp'],
  ] as const)(
    '%s: stored with WebP renditions at 320 and 640 and its original, EXIF stripped',
    async (format, name, type) => {
      const marker = `GPS-SECRET-${format}`;
      const bytes = await imageBytes(format, 800, 600, { exifMarker: marker });
      expect(bytes.includes(marker)).toBe(true);
      const { image, userErrors } = await upload(bytes, name, type);
      expect(userErrors).toEqual([]);
      expect(image).toMatchObject({ width: 800, height: 600 });
      expect(image!.url).toMatch(/^\/media\/images\/[0-9a-f-]{36}\/800\.webp$/);
      const renditions = await renditionsOf(image!.id);
      expect(renditions.map((r) => [r.role, r.format, r.width, r.height])).toEqual([
        ['ORIGINAL', format, 800, 600],
        ['WEBP', 'webp', 320, 240],
        ['WEBP', 'webp', 640, 480],
        ['WEBP', 'webp', 800, 600],
      ]);
      for (const r of renditions) expect(r.data.includes(marker)).toBe(false);
    },
  );

  it('never upscales: a small picture has one WebP, at its own width', async () => {
    const { image } = await upload(await imageBytes('png', 200, 100), 'petit.png', 'image/png');
    const renditions = await renditionsOf(image!.id);
    expect(renditions.map((r) => [r.role, r.width])).toEqual([
      ['ORIGINAL', 200],
      ['WEBP', 200],
    ]);
  });

  it('reads the type from the bytes: a PNG named .jpg and declared JPEG is stored as the PNG it is', async () => {
    const { image, userErrors } = await upload(await imageBytes('png', 400, 300), 'photo.jpg', 'image/jpeg');
    expect(userErrors).toEqual([]);
    const [original] = await renditionsOf(image!.id);
    expect(original).toMatchObject({ role: 'ORIGINAL', format: 'png' });
  });
});

describe('uploadImage refuses, and stores nothing', () => {
  it.each<[string, () => Promise<Buffer>, string, string, string]>([
    ['a text file', async () => Buffer.from('Bonjour, ceci est une note.\n'), 'note.jpg', 'image/jpeg', 'IMAGE_TYPE'],
    [
      'a PHP script named .jpg',
      async () => Buffer.from('<?php system($_GET["c"]); ?>'),
      'shell.jpg',
      'image/jpeg',
      'IMAGE_TYPE',
    ],
    [
      'an SVG (scriptable)',
      async () =>
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><script>alert(1)</script></svg>'),
      'logo.png',
      'image/svg+xml',
      'IMAGE_TYPE',
    ],
    [
      'a truncated JPEG',
      async () => {
        const jpeg = await imageBytes('jpeg', 1200, 900);
        return jpeg.subarray(0, Math.floor(jpeg.length / 2));
      },
      'coupée.jpg',
      'image/jpeg',
      'IMAGE_UNREADABLE',
    ],
    ['a zero-byte file', async () => Buffer.alloc(0), 'vide.png', 'image/png', 'IMAGE_EMPTY'],
    [
      'a decompression bomb (header of 30,000 × 30,000)',
      () => pngClaiming(30_000, 30_000),
      'bombe.png',
      'image/png',
      'IMAGE_DIMENSIONS',
    ],
    [
      'too many pixels in all (9,000 × 9,000)',
      () => pngClaiming(9_000, 9_000),
      'grande.png',
      'image/png',
      'IMAGE_DIMENSIONS',
    ],
    [
      'a file over the size cap',
      async () => Buffer.concat([await imageBytes('png', 64, 64), Buffer.alloc(imageLimits.maxBytes)]),
      'lourde.png',
      'image/png',
      'IMAGE_TOO_LARGE',
    ],
  ])('%s', async (_what, bytes, name, type, code) => {
    const before = await counts();
    const { image, userErrors } = await upload(await bytes(), name, type);
    expect(image ?? null).toBeNull();
    expect(userErrors.map((e) => [e.code, e.field])).toEqual([[code, 'file']]);
    // French first, with French typography.
    expect(userErrors[0]?.message).toMatch(/\u00a0:/);
    expect(await counts()).toEqual(before);
  });

  it('cuts an oversize upload off without reading it all', async () => {
    const before = await counts();
    const boundary = 'ql-media-test';
    const head = Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="operations"\r\n\r\n` +
        JSON.stringify({
          query: 'mutation($file: Upload!) { uploadImage(file: $file) { userErrors { code } } }',
          variables: { file: null },
        }) +
        `\r\n--${boundary}\r\ncontent-disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}` +
        `\r\n--${boundary}\r\ncontent-disposition: form-data; name="0"; filename="énorme.png"\r\ncontent-type: image/png\r\n\r\n`,
    );
    const total = 64 * 1024 * 1024;
    const chunk = Buffer.alloc(256 * 1024, 7);
    let written = 0;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${server.url}`,
        {
          method: 'POST',
          headers: {
            cookie,
            'apollo-require-preflight': 'true',
            'content-type': `multipart/form-data; boundary=${boundary}`,
          },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        // The server closing its side while we still write is the point of the test. Its answer
        // may then be lost with the reset (a busy machine makes that likelier): the cut is what counts.
        if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
        else setTimeout(() => resolve({ status: 0, body: '' }), 2_000);
      });
      req.write(head);
      const pump = () => {
        while (written < total && !req.destroyed) {
          written += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    if (answer.status !== 0) {
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ data: { uploadImage: { userErrors: [{ code: 'IMAGE_TOO_LARGE' }] } } });
    }
    expect(written).toBeLessThan(total / 2);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a JSON body under a multipart type', 'multipart/form-data; boundary=x', '{"query":"{ themes { id } }"}'],
    ['an empty body', 'multipart/form-data; boundary=x', ''],
    [
      'a wrong boundary',
      'multipart/form-data; boundary=abc',
      '--x\r\ncontent-disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n',
    ],
    [
      'a part cut short',
      'multipart/form-data; boundary=x',
      '--x\r\ncontent-disposition: form-data; name="operations"\r\n\r\n{"que',
    ],
    [
      'a part without a name',
      'multipart/form-data; boundary=x',
      '--x\r\ncontent-disposition: form-data\r\n\r\nb\r\n--x--\r\n',
    ],
    [
      'no operations part',
      'multipart/form-data; boundary=x',
      '--x\r\ncontent-disposition: form-data; name="map"\r\n\r\n{}\r\n--x--\r\n',
    ],
  ])('answers %s with a 400 that says so, and stores nothing', async (_, type, body) => {
    const before = await counts();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { cookie, 'apollo-require-preflight': 'true', 'content-type': type },
      body,
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { errors: { message: string }[] };
    expect(answer.errors[0]!.message).not.toMatch(/internal/i);
    expect(await counts()).toEqual(before);
  });

  it('without the preflight header (a cross-site form), Apollo refuses it before anything runs', async () => {
    const before = await counts();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { cookie },
      body: uploadForm(await imageBytes('png', 64, 64), 'a.png', 'image/png'),
    });
    expect(response.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('a request that does not follow the multipart spec is a bad request, not an internal error', async () => {
    const form = new FormData();
    form.set('operations', '{not json');
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { cookie, 'apollo-require-preflight': 'true' },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(base).toMatch(/^http/);
  });
});
