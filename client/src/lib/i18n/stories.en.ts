import type { storiesFr } from './stories.fr';

/** Writing stories and testimonies: English messages, the same keys (spread into `en.ts`). */
export const storiesEn: Record<keyof typeof storiesFr, string> = {};
