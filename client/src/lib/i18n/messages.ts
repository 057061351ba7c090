import type { fr } from './fr';

export type MessageKey = keyof typeof fr;
export type Messages = Record<MessageKey, string>;

/** Keys that come in `.one` / `.other` pairs, named without the suffix. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? Base : never;
}[MessageKey];
