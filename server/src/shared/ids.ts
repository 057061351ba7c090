import { AppError } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Global ids are opaque to clients: base64url of "Type:uuid". */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (colon <= 0 || !UUID.test(id)) {
    throw new AppError('BAD_USER_INPUT', `"${globalId}" is not a QuartierLab id.`, { field: 'id' });
  }
  return { type, id };
}

/** Decodes a global id that must name one given type. */
export function idOf(type: string, globalId: string, field = 'id'): string {
  const decoded = fromGlobalId(globalId);
  if (decoded.type !== type) {
    throw new AppError('BAD_USER_INPUT', `${field} must be the id of a ${type}.`, { field });
  }
  return decoded.id;
}
