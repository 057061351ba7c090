import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { processRequest, type FileUpload } from 'graphql-upload-minimal';
import { invalid, msg } from '../shared/payload.js';
import { imageLimits } from './image.inputs.js';

const tooLarge = () =>
  invalid(msg('IMAGE_TOO_LARGE', { maxMegabytes: Math.round(imageLimits.maxBytes / (1024 * 1024)) }), 'file');

/** A GraphQL multipart request (the spec's `operations`, `map`, then one file), to be handed on to Apollo. */
export const isMultipart = (req: IncomingMessage) =>
  req.method === 'POST' && /^multipart\/form-data;/i.test(req.headers['content-type'] ?? '');

/**
 * Reads the operation of a multipart request, leaving its file streaming: the resolver reads it
 * while it arrives. busboy stops counting a file at `maxBytes`; one file per request; the JSON
 * parts are held to the limit of a JSON body.
 */
export async function readMultipartOperation(
  req: IncomingMessage,
  res: ServerResponse,
  maxFieldBytes: number,
): Promise<{ body: unknown } | { status: number; message: string }> {
  try {
    return {
      body: await processRequest(req, res, {
        maxFileSize: imageLimits.maxBytes,
        maxFiles: 1,
        maxFieldSize: maxFieldBytes,
      }),
    };
  } catch (error) {
    // A request that does not follow the multipart spec: graphql-upload-minimal says which part.
    // Nothing but this request's body is read here, so even what it calls a 500 ("couldn't find
    // any files or JSON", busboy's "Unexpected end of form") is the sender's to fix.
    const status = (error as { status?: number }).status;
    const message = (error as Error).message;
    if (typeof status === 'number' && status < 500) return { status, message };
    return {
      status: 400,
      message:
        'The multipart request could not be read: send a well-formed body with the parts of the GraphQL multipart request spec (operations, map, then the file).',
    };
  }
}

/**
 * The bytes of an upload, at most `imageLimits.maxBytes` of them held at any time: past that it
 * fails at once (the answer then closes the connection: the rest of the upload is never read).
 */
export async function readUpload(upload: Promise<FileUpload>): Promise<Buffer> {
  let file: FileUpload;
  try {
    file = await upload;
  } catch (error) {
    if ((error as { status?: number }).status === 413) throw tooLarge();
    throw invalid(msg('IMAGE_MISSING'), 'file');
  }
  let stream: Readable;
  try {
    stream = file.createReadStream();
  } catch (error) {
    if ((error as { status?: number }).status === 413) throw tooLarge();
    throw invalid(msg('IMAGE_MISSING'), 'file');
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      stream.removeAllListeners('data');
      // What is left is discarded (busboy skips a truncated part), not buffered.
      stream.resume();
      reject(tooLarge());
    };
    stream.on('limit', stop);
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > imageLimits.maxBytes) return stop();
      chunks.push(chunk);
    });
    stream.once('end', () => {
      if ((stream as Readable & { truncated?: boolean }).truncated) return reject(tooLarge());
      resolve(Buffer.concat(chunks, size));
    });
    stream.once('error', (error: Error & { status?: number }) =>
      reject(error.status === 413 ? tooLarge() : invalid(msg('IMAGE_MISSING'), 'file')),
    );
  });
}
