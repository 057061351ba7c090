import { en, type Catalogue } from './en.js';
import { fr } from './fr.js';

export type Locale = 'fr' | 'en';

/** The API's one catalogue per language. */
export const catalogues: Record<Locale, Catalogue> = { en, fr };

export type MessageCode = keyof Catalogue;
/** The parameters a message takes: none, or one object. */
export type MessageArgs<C extends MessageCode> = Parameters<Catalogue[C]>;

/** A message people read, by code, with its parameters: worded in their language at the last moment. */
export interface Msg {
  code: MessageCode;
  params?: unknown;
}

export const msg = <C extends MessageCode>(code: C, ...args: MessageArgs<C>): Msg => ({ code, params: args[0] });

export function render(locale: Locale, message: Msg): string {
  return (catalogues[locale][message.code] as (params: unknown) => string)(message.params);
}
