import { ImageFormat } from './image.entity.js';

/** What an upload may be: checked by the API, published by the `limits` query for the site's hints. */
export const imageLimits = {
  /** Bytes of the file as sent; the request is cut past it. */
  maxBytes: 8 * 1024 * 1024,
  /** Pixels in all, read from the header before anything is decoded: stops decompression bombs. */
  maxPixels: 40_000_000,
  maxSide: 12_000,
};

/** The WebP widths made of each image (never wider than the original). */
export const renditionWidths = [320, 640, 1280] as const;

/** Accepted formats and the media type each is served with. SVG is refused: it can carry scripts. */
export const imageTypes: Record<ImageFormat, string> = {
  [ImageFormat.JPEG]: 'image/jpeg',
  [ImageFormat.PNG]: 'image/png',
  [ImageFormat.WEBP]: 'image/webp',
};

/** The file name extension of an original, in its URL. */
export const extensionOf: Record<ImageFormat, string> = {
  [ImageFormat.JPEG]: 'jpg',
  [ImageFormat.PNG]: 'png',
  [ImageFormat.WEBP]: 'webp',
};

export const acceptedFormatNames = 'JPEG, PNG, WebP';
