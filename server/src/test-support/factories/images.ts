import { crc32 } from 'node:zlib';
import type { ReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Upload, type FileUpload } from 'graphql-upload-minimal';
import sharp from 'sharp';

/** A picture of `width` × `height` in a format, with an EXIF marker when asked (to check it is stripped). */
export async function imageBytes(
  format: 'jpeg' | 'png' | 'webp',
  width = 800,
  height = 600,
  options: { exifMarker?: string } = {},
): Promise<Buffer> {
  let pipeline = sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 90 } } });
  if (options.exifMarker) pipeline = pipeline.withExif({ IFD0: { Copyright: options.exifMarker } });
  return pipeline.toFormat(format).toBuffer();
}

/**
 * A small valid PNG whose header claims `width` × `height`: a decompression bomb as the header
 * tells it (its CRC recomputed, so a reader believes the header).
 */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await imageBytes('png', 8, 8));
  // Signature (8), IHDR length (4), "IHDR" (4), then width and height.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

/** The GraphQL multipart request of `uploadImage` for one file, as a browser's form relay sends it. */
export function uploadForm(
  bytes: Buffer,
  filename: string,
  type: string,
  fields = 'image { id width height url }',
): FormData {
  const form = new FormData();
  const query = `mutation($file: Upload!) { uploadImage(file: $file) { ${fields} userErrors { code field message } } }`;
  form.set('operations', JSON.stringify({ query, variables: { file: null } }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', new Blob([bytes], { type }), filename);
  return form;
}

/** An upload as graphql-upload-minimal hands it to a resolver, for operations run in-process. */
export function uploadOf(bytes: Buffer, filename = 'photo.png', mimetype = 'image/png'): Upload {
  // `resolve` is how processRequest hands the file over; its typings leave it out.
  const upload = new Upload() as Upload & { resolve(file: FileUpload): void };
  upload.resolve({
    filename,
    fieldName: '0',
    mimetype,
    encoding: '7bit',
    createReadStream: () => Readable.from([bytes]) as ReadStream,
  });
  return upload;
}
