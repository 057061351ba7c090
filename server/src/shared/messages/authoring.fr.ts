import type { authoringEn } from './authoring.en.js';

/** Authored content: drafts, review, revisions (stories and portraits): the same codes in French (spread into `fr.ts`). */
export const authoringFr: typeof authoringEn = {};
