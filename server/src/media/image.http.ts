import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import { Image, ImageFormat, ImageRendition, RenditionRole } from './image.entity.js';
import { extensionOf, imageTypes } from './image.inputs.js';
import { seesImage } from './image.policy.js';
import { mediaPrefix } from './image.paths.js';

// Anything else under the prefix (another width, `..`, a NUL, a 40-digit number) is simply absent.
const PATH =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/(?:(\d{1,5})\.webp|original\.(jpg|png|webp))$/;

const renditionColumns = columnsFor(ImageRendition, { only: ['id', 'format', 'byteSize', 'sha256'] });
const dataColumns = columnsFor(ImageRendition, { only: ['data'] });
const accessColumns = columnsFor(Image, { only: ['isPublic', 'uploadedById'] });
type RenditionHead = RowFrom<typeof renditionColumns> & RowFrom<typeof accessColumns>;

const formatOfExtension = new Map(Object.entries(extensionOf).map(([format, ext]) => [ext, format as ImageFormat]));

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end('Not found');
}

/**
 * `GET /media/images/<id>/<width>.webp` and `…/original.<ext>`. Public images are immutable
 * (their bytes never change under one URL) and cached for a year with a strong ETag; private ones
 * reach their uploader and staff only, never stored by a cache; to anyone else an image that
 * exists is as absent as one that does not.
 */
export async function serveImage(
  req: IncomingMessage,
  res: ServerResponse,
  knex: Knex,
  viewerOf: () => Promise<Viewer>,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'cache-control': 'no-store' });
    return void res.end();
  }
  const match = PATH.exec((req.url ?? '').split('?')[0]?.slice(mediaPrefix.length) ?? '');
  if (!match) return notFound(res);
  const [, id = '', width, extension = ''] = match;
  const which = width
    ? { 'r.role': RenditionRole.WEBP, 'r.width': Number(width) }
    : { 'r.role': RenditionRole.ORIGINAL, 'r.format': formatOfExtension.get(extension) };
  const head = (await knex('image_rendition as r')
    .join('image as im', 'im.id', 'r.image_id')
    .select(...renditionColumns('r'), ...accessColumns('im'))
    .where('im.id', id)
    .where(which)
    .first()) as RenditionHead | undefined;
  if (!head) return notFound(res);
  if (!head.isPublic && !seesImage(await viewerOf(), head)) return notFound(res);
  const etag = `"${head.sha256}"`;
  res.setHeader('content-type', imageTypes[head.format]);
  res.setHeader('x-content-type-options', 'nosniff');
  // Opened on its own, an image runs nothing and embeds nothing.
  res.setHeader('content-security-policy', "default-src 'none'; sandbox");
  if (head.isPublic) {
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.setHeader('etag', etag);
    const asked = req.headers['if-none-match'];
    if (asked && asked.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
      res.statusCode = 304;
      return void res.end();
    }
  } else {
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader('vary', 'cookie');
  }
  res.setHeader('content-length', head.byteSize);
  if (req.method === 'HEAD') return void res.end();
  const row = (await knex('image_rendition as r').select(dataColumns('r')).where('r.id', head.id).first()) as
    RowFrom<typeof dataColumns> | undefined;
  if (!row) return notFound(res);
  res.end(row.data);
}
