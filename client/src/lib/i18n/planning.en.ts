import type { planningFr } from './planning.fr';

/** Planning workshops: the editor, prompts, registrations: English messages, the same keys (spread into `en.ts`). */
export const planningEn: Record<keyof typeof planningFr, string> = {};
