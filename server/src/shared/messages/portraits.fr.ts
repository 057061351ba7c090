import type { portraitsEn } from './portraits.en.js';

/** Portraits: the structured editor: the same codes in French (spread into `fr.ts`). */
export const portraitsFr: typeof portraitsEn = {};
