import type { Handle, HandleFetch } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { LANG_COOKIE, toLocale } from '$lib/i18n';
import { cookieHeader, relaySetCookies } from '$lib/server/cookies';
import { refusalResponse, refuseForm, refuseUrl } from '$lib/server/request-guard';

/**
 * Where this process reaches the API. In production the server sets it to itself before
 * importing the site's handler; in development the API runs beside Vite on port 3001.
 */
function internalOrigin(): string {
  return (env.QUARTIERLAB_INTERNAL_ORIGIN || 'http://127.0.0.1:3001').replace(/\/+$/, '');
}

const CLIENT_ADDRESS_HEADER = 'x-quartierlab-client-address';
const INTERNAL_SECRET_HEADER = 'x-quartierlab-internal';

export const handle: Handle = async ({ event, resolve }) => {
  const lang = toLocale(event.cookies.get(LANG_COOKIE));
  event.locals.lang = lang;

  // Kit's cross-site check on form posts has already run; this only narrows what gets through.
  // Every POST the site takes is a form action (its one endpoint, /lang, answers GET only).
  const refusal = refuseUrl(event.url) ?? (event.request.method === 'POST' ? await refuseForm(event.request) : null);
  const response = refusal
    ? refusalResponse(refusal)
    : await resolve(event, {
        transformPageChunk: ({ html }) => html.replace('%lang%', lang),
      });

  // The Content-Security-Policy itself comes from kit.csp (svelte.config.js), with nonces.
  response.headers.set('X-Content-Type-Options', 'nosniff');
  // Pages depend on the language cookie (and later the session): never share them in a cache.
  response.headers.append('Vary', 'Cookie');
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  if (!dev) response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  return response;
};

/**
 * Page loads and form actions ask `${origin}/graphql`; this sends those requests straight to
 * the API process (SvelteKit would otherwise try to answer a same-origin request itself) with
 * the visitor's cookies, so the API sees the same viewer as the browser would. Cookies the API
 * sets (the session opened at sign-in or on joining a workshop, cleared at sign-out) go back to
 * the browser with this page's response.
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const url = new URL(request.url);
  if (url.origin === event.url.origin && url.pathname === '/graphql') {
    const target = new URL(`${url.pathname}${url.search}`, internalOrigin());
    const headers = new Headers(request.headers);
    // Includes a session set earlier in this same request (a load after a sign-in action).
    const cookie = cookieHeader(event.cookies);
    if (cookie) headers.set('cookie', cookie);
    else headers.delete('cookie');
    headers.set('origin', event.url.origin);
    // The API may word its messages for the page's language.
    headers.set('accept-language', event.locals.lang);
    // The API counts rate limits per client address. A forwarded header could be written by
    // the browser; the address adapter-node gives is vouched for by the shared secret, which
    // only this process and the API know (none in development: the API sees 127.0.0.1).
    for (const name of ['x-forwarded-for', CLIENT_ADDRESS_HEADER, INTERNAL_SECRET_HEADER]) headers.delete(name);
    const secret = env.QUARTIERLAB_INTERNAL_SECRET;
    if (secret) {
      headers.set(CLIENT_ADDRESS_HEADER, event.getClientAddress());
      headers.set(INTERNAL_SECRET_HEADER, secret);
    }
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    // The global fetch, not Kit's: the target may share this page's origin.
    const response = await globalThis.fetch(target, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : null,
      redirect: 'manual',
    });
    relaySetCookies(response, event.cookies, event.url.protocol === 'https:');
    return response;
  }
  return fetch(request);
};
