import type { mediaEn } from './media.en.js';

/** Images: uploads: the same codes in French (spread into `fr.ts`). */
export const mediaFr: typeof mediaEn = {};
