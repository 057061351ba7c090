import { redirect, type RequestHandler } from '@sveltejs/kit';
import { safeRedirect } from '$lib/forms';
import { DEFAULT_LOCALE, LANG_COOKIE, isLocale } from '$lib/i18n';

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
  redirect(303, safeRedirect(url.searchParams.get('redirect'), url.origin));
};
