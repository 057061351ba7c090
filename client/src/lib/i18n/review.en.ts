import type { reviewFr } from './review.fr';

/** The coordinators’ « to review » page: English messages, the same keys (spread into `en.ts`). */
export const reviewEn: Record<keyof typeof reviewFr, string> = {};
