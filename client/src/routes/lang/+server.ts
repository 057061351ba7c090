import { redirect, type RequestHandler } from '@sveltejs/kit';
import { DEFAULT_LOCALE, LANG_COOKIE, isLocale } from '$lib/i18n';

/** Only a path on this site: no scheme, no host, no protocol-relative "//evil.example". */
function safePath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value;
}

/**
 * `/lang?to=en&redirect=/portraits` — a plain link (works without JavaScript) that stores the
 * language in a cookie for a year and goes back to the page the visitor was reading.
 */
export const GET: RequestHandler = ({ url, cookies }) => {
  const to = url.searchParams.get('to');
  cookies.set(LANG_COOKIE, isLocale(to) ? to : DEFAULT_LOCALE, {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
    httpOnly: true,
    secure: url.protocol === 'https:',
  });
  redirect(303, safePath(url.searchParams.get('redirect')));
};
