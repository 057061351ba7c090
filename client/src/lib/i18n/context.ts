import { getContext, setContext } from 'svelte';
import { createI18n, type I18n, type Locale } from './index';

const KEY = Symbol('i18n');

/** Called once by the root layout with a getter on the page's language. */
export function setI18n(getLocale: () => Locale): I18n {
  return setContext(KEY, createI18n(getLocale));
}

/** The page's translation and formatting helpers; call during component initialisation. */
export function getI18n(): I18n {
  const i18n = getContext<I18n | undefined>(KEY);
  if (!i18n) throw new Error('getI18n() called outside the root layout');
  return i18n;
}
