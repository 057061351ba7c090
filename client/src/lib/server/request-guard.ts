/**
 * Requests the site refuses before any page sees them. Left to the pages, a malformed address
 * throws while decoding, a NUL reaches the database, and a body that is not a form throws in
 * the action: each an internal error with a stack in the log, for input the sender can fix.
 */

/** Why a request is refused, said in the site's two languages. */
export interface Refusal {
  status: 400 | 413 | 415;
  fr: string;
  en: string;
  headers?: Record<string, string>;
}

/** What HTML forms send (SvelteKit's own form actions accept text/plain too, then fail on it). */
export const FORM_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'] as const;

const MALFORMED_URL: Refusal = {
  status: 400,
  fr: 'Adresse invalide : elle contient un encodage « % » incorrect.',
  en: 'Invalid address: it contains malformed percent-encoding.',
};

const CONTROL_IN_URL: Refusal = {
  status: 400,
  fr: 'Adresse invalide : elle contient un caractère de contrôle (comme %00).',
  en: 'Invalid address: it contains a control character (such as %00).',
};

const UNSUPPORTED_TYPE: Refusal = {
  status: 415,
  fr: `Type de contenu non pris en charge : un formulaire s’envoie en ${FORM_CONTENT_TYPES.join(' ou ')}.`,
  en: `Unsupported content type: a form is sent as ${FORM_CONTENT_TYPES.join(' or ')}.`,
  headers: { 'accept-post': FORM_CONTENT_TYPES.join(', ') },
};

const UNREADABLE_FORM: Refusal = {
  status: 400,
  fr: 'Formulaire illisible : le corps de la requête n’est pas un formulaire valide.',
  en: 'Unreadable form: the request body is not a valid form.',
};

const NUL_IN_FORM: Refusal = {
  status: 400,
  fr: 'Formulaire invalide : un champ contient un caractère nul (U+0000).',
  en: 'Invalid form: a field contains a NUL character (U+0000).',
};

const FORM_TOO_LARGE: Refusal = {
  status: 413,
  fr: 'Formulaire trop volumineux.',
  en: 'Form too large.',
};

/**
 * The text of a form (every field but its files): adapter-node's own default body limit. The
 * body limit itself is raised so that a form may carry an image, which the API checks.
 */
export const FORM_TEXT_MAX_BYTES = 512 * 1024;

/** C0 controls (NUL, tab, newline…), DEL and C1 controls: no page address or search holds one. */
const CONTROL = /\p{Cc}/u;

/** The path and the query string must decode as UTF-8, to no control character. */
export function refuseUrl(url: URL): Refusal | null {
  for (const part of [url.pathname, url.search]) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return MALFORMED_URL;
    }
    if (CONTROL.test(decoded)) return CONTROL_IN_URL;
  }
  return null;
}

/** The status an error carries (adapter-node's body size limit errors the stream with 413). */
function statusOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
}

/**
 * A POST to a page must be a form that parses. It is parsed from a clone, so the action still
 * reads the body itself; that covers every action, present and future, without touching them.
 */
export async function refuseForm(request: Request): Promise<Refusal | null> {
  const type = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (!(FORM_CONTENT_TYPES as readonly string[]).includes(type)) return UNSUPPORTED_TYPE;
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch (error) {
    return statusOf(error) === 413 ? FORM_TOO_LARGE : UNREADABLE_FORM;
  }
  const encoder = new TextEncoder();
  let textBytes = 0;
  for (const [name, value] of form) {
    // PostgreSQL text cannot hold one; files (never stored as text) may.
    if (name.includes('\0') || (typeof value === 'string' && value.includes('\0'))) return NUL_IN_FORM;
    textBytes += encoder.encode(name).length + (typeof value === 'string' ? encoder.encode(value).length : 0);
  }
  return textBytes > FORM_TEXT_MAX_BYTES ? FORM_TOO_LARGE : null;
}

/**
 * A short plain page, French first. It repeats nothing of the request, and is not the site's
 * error page, whose layout would load data for the very address being refused.
 */
export function refusalResponse(refusal: Refusal): Response {
  return new Response(`${refusal.fr}\n\n${refusal.en}\n`, {
    status: refusal.status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-language': 'fr, en',
      'cache-control': 'no-store',
      ...refusal.headers,
    },
  });
}
