import type { organizationsFr } from './organizations.fr';

/** Organizations, members, invitations; the people admin screen: English messages, the same keys (spread into `en.ts`). */
export const organizationsEn: Record<keyof typeof organizationsFr, string> = {};
