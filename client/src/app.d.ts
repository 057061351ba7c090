// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '$lib/i18n';

declare global {
  namespace App {
    interface Locals {
      /** The visitor's language, from the `lang` cookie (French by default). */
      lang: Locale;
    }
    interface Error {
      message: string;
    }
  }
}

export {};
