/** Portraits: the structured editor: what the API says, in English (spread into `en.ts`). */
export const portraitsEn = {};
