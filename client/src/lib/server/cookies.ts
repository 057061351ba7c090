import type { Cookies } from '@sveltejs/kit';

/** One `Set-Cookie` header, as the API sent it (the value stays encoded as it was). */
export interface SetCookie {
  name: string;
  value: string;
  path: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: 'strict' | 'lax' | 'none';
  maxAge?: number;
  expires?: Date;
}

/**
 * Reads a `Set-Cookie` header. The Domain attribute is dropped on purpose: the API answers on
 * an internal address, and the cookie belongs to the site's own origin.
 */
export function parseSetCookie(header: string): SetCookie | null {
  const [pair, ...attributes] = header.split(';');
  const eq = pair?.indexOf('=') ?? -1;
  if (!pair || eq <= 0) return null;
  const cookie: SetCookie = {
    name: pair.slice(0, eq).trim(),
    value: pair.slice(eq + 1).trim(),
    path: '/',
    httpOnly: false,
    secure: false,
  };
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'path' && value.startsWith('/')) cookie.path = value;
    else if (key === 'httponly') cookie.httpOnly = true;
    else if (key === 'secure') cookie.secure = true;
    else if (key === 'max-age' && /^-?\d+$/.test(value)) cookie.maxAge = Number(value);
    else if (key === 'expires') {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) cookie.expires = date;
    } else if (key === 'samesite') {
      const v = value.toLowerCase();
      if (v === 'strict' || v === 'lax' || v === 'none') cookie.sameSite = v;
    }
  }
  return cookie;
}

/**
 * Passes the API's cookies (the session set at sign-in, cleared at sign-out) on to the browser.
 * The API saw a plain-http internal request, so an https site adds Secure itself.
 */
export function relaySetCookies(response: Response, cookies: Cookies, siteIsHttps: boolean): void {
  for (const header of response.headers.getSetCookie()) {
    const cookie = parseSetCookie(header);
    if (!cookie) continue;
    cookies.set(cookie.name, cookie.value, {
      path: cookie.path,
      httpOnly: cookie.httpOnly,
      secure: cookie.secure || siteIsHttps,
      ...(cookie.sameSite ? { sameSite: cookie.sameSite } : {}),
      ...(cookie.maxAge !== undefined ? { maxAge: cookie.maxAge } : {}),
      ...(cookie.expires ? { expires: cookie.expires } : {}),
      // The value is already encoded by the API: keep it byte for byte.
      encode: (value) => value,
    });
  }
}

/**
 * The `Cookie` header for an API request: the browser's cookies, with those set during this
 * request (a session just opened or cleared) taking their place, values kept as they are.
 */
export function cookieHeader(cookies: Cookies): string {
  return cookies
    .getAll({ decode: (value) => value })
    .filter((c) => c.value !== '')
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
}
