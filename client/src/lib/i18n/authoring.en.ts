import type { authoringFr } from './authoring.fr';

/** Drafts, review and revision history (stories and portraits): English messages, the same keys (spread into `en.ts`). */
export const authoringEn: Record<keyof typeof authoringFr, string> = {};
