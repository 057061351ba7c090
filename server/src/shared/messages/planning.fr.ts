import type { planningEn } from './planning.en.js';

/** Workshop planning: workshops written, prompts, registrations: the same codes in French (spread into `fr.ts`). */
export const planningFr: typeof planningEn = {};
