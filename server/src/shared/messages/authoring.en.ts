/** Authored content: drafts, review, revisions (stories and portraits): what the API says, in English (spread into `en.ts`). */
export const authoringEn = {};
