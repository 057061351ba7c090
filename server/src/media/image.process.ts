import { createHash } from 'node:crypto';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { invalid, msg } from '../shared/payload.js';
import { ImageFormat } from './image.entity.js';
import { acceptedFormatNames, imageLimits, renditionWidths } from './image.inputs.js';

export interface Rendition {
  format: ImageFormat;
  width: number;
  height: number;
  data: Buffer;
  sha256: string;
}

export interface ProcessedImage {
  format: ImageFormat;
  width: number;
  height: number;
  byteSize: number;
  sha256: string;
  /** Re-encoded in its own format, metadata stripped. */
  original: Rendition;
  /** WebP, smallest first. */
  webp: Rendition[];
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Signatures of the accepted formats: a file that has one but cannot be decoded is damaged, not foreign. */
function looksLikeAcceptedImage(bytes: Buffer): boolean {
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const webp = bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP';
  return jpeg || png || webp;
}

const formats = new Set<string>(Object.values(ImageFormat));
const unreadable = () => invalid(msg('IMAGE_UNREADABLE'), 'file');

/**
 * Checks an upload from its bytes alone (the declared type and the name are ignored), then makes
 * its renditions. The header is read first: a foreign type or a decompression bomb is refused
 * before a pixel is decoded; a damaged file fails at decoding (`failOn: 'warning'`).
 */
export async function processImage(bytes: Buffer): Promise<ProcessedImage> {
  if (bytes.length === 0) throw invalid(msg('IMAGE_EMPTY'), 'file');
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw looksLikeAcceptedImage(bytes)
      ? unreadable()
      : invalid(msg('IMAGE_TYPE', { accepted: acceptedFormatNames }), 'file');
  }
  if (!meta.format || !formats.has(meta.format)) {
    throw invalid(msg('IMAGE_TYPE', { accepted: acceptedFormatNames }), 'file');
  }
  const format = meta.format as ImageFormat;
  const { width, height } = meta.autoOrient;
  if (!width || !height) throw unreadable();
  if (width * height > imageLimits.maxPixels || width > imageLimits.maxSide || height > imageLimits.maxSide) {
    throw invalid(
      msg('IMAGE_DIMENSIONS', { maxSide: imageLimits.maxSide, maxMegapixels: imageLimits.maxPixels / 1_000_000 }),
      'file',
    );
  }
  // One decoder for every output (clone), upright; metadata is not copied unless asked, so EXIF
  // and GPS stay behind. Only the first frame of an animation is kept.
  const source = sharp(bytes, { limitInputPixels: imageLimits.maxPixels, failOn: 'warning' }).autoOrient();
  const render = async (pipeline: Sharp, outFormat: ImageFormat): Promise<Rendition> => {
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    return { format: outFormat, width: info.width, height: info.height, data, sha256: sha256(data) };
  };
  const encode = (pipeline: Sharp, outFormat: ImageFormat) =>
    outFormat === ImageFormat.JPEG
      ? pipeline.jpeg({ quality: 85 })
      : outFormat === ImageFormat.PNG
        ? pipeline.png()
        : pipeline.webp({ quality: 80 });
  const widths = [...renditionWidths.filter((w) => w < width), ...(width <= renditionWidths.at(-1)! ? [width] : [])];
  try {
    const original = await render(encode(source.clone(), format), format);
    const webp = [];
    for (const w of widths) {
      webp.push(
        await render(
          encode(source.clone().resize({ width: w, withoutEnlargement: true }), ImageFormat.WEBP),
          ImageFormat.WEBP,
        ),
      );
    }
    return { format, width, height, byteSize: bytes.length, sha256: sha256(bytes), original, webp };
  } catch {
    throw unreadable();
  }
}
