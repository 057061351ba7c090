/** Refusals a form action reports by code (the page words them: `apiError.*` messages). */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'BAD_USER_INPUT',
  'UNAVAILABLE',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** A problem the person can fix, as the API returns it in a mutation's payload. */
export interface FieldError {
  field?: string | null;
  message: string;
}

/** The API may name a field by its path in the input (`input.email`): keep the last part. */
function fieldName(field: string | null | undefined): string | null {
  if (!field) return null;
  return field.split('.').pop() ?? null;
}

/** The messages about one field of the form. */
export function errorsFor(errors: readonly FieldError[] | null | undefined, field: string): string[] {
  return (errors ?? []).filter((e) => fieldName(e.field) === field).map((e) => e.message);
}

/** The messages about no field the form shows: they go at the top of the form. */
export function otherErrors(errors: readonly FieldError[] | null | undefined, fields: readonly string[]): string[] {
  return (errors ?? []).filter((e) => !fields.includes(fieldName(e.field) ?? '')).map((e) => e.message);
}

/** The most of a text field a form action passes on when the API publishes no limit for it. */
export const TEXT_CAP = 10_000;

/**
 * How much of a text field a form action passes on, when the API accepts up to `max` characters
 * of it. Generous: whatever a browser lets through `maxlength`, with its line breaks sent as CRLF and the spaces the
 * API trims, goes through whole, so the API judges (and counts, in its message) what was typed;
 * only absurd sizes are cut, to twice the limit, which the API still refuses. Without the limit
 * (the API could not be asked), the general cap.
 */
export function transportCap(max: number | null | undefined): number {
  return max ? max * 2 : TEXT_CAP;
}

/** A text field of a submitted form; anything but a string (a file) counts as empty. */
export function formText(data: FormData, name: string, { trim = true, max = TEXT_CAP } = {}): string {
  const value = data.get(name);
  if (typeof value !== 'string') return '';
  // Cut absurd inputs before they reach the API (which refuses them too).
  const cut = value.slice(0, max);
  return trim ? cut.trim() : cut;
}

/**
 * Where to send the visitor back to (after signing in, after changing language): a path on this
 * site, whatever the value says. It is resolved the way the browser will resolve the Location
 * header (tabs and newlines dropped, `\` read as `/`), so `//host`, `/\host` or `/%09/host`
 * cannot leave the origin; anything that does, or that is not a URL, goes home.
 */
export function safeRedirect(value: string | null | undefined, origin: string): string {
  if (!value) return '/';
  const base = new URL(origin);
  let target: URL;
  try {
    target = new URL(value, base);
  } catch {
    return '/';
  }
  if (target.origin !== base.origin) return '/';
  const path = `${target.pathname}${target.search}${target.hash}`;
  // A same-origin URL may still have a path starting with "//" ("/.//host" normalizes to it),
  // which a browser would read as another host: keep the path only if it means the same URL.
  return new URL(path, base).href === target.href ? path : '/';
}
