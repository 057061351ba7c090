/** Workshop planning: workshops written, prompts, registrations: what the API says, in English (spread into `en.ts`). */
export const planningEn = {};
