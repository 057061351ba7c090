import type { portraitsFr } from './portraits.fr';

/** The portrait editor: English messages, the same keys (spread into `en.ts`). */
export const portraitsEn: Record<keyof typeof portraitsFr, string> = {};
