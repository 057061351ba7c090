/** Stories and testimonies: what the API says, in English (spread into `en.ts`). */
export const storiesEn = {};
