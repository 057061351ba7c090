import type { storiesEn } from './stories.en.js';

/** Stories and testimonies: the same codes in French (spread into `fr.ts`). */
export const storiesFr: typeof storiesEn = {};
