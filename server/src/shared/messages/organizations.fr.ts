import type { organizationsEn } from './organizations.en.js';

/** Organizations, members, invitations and people: the same codes in French (spread into `fr.ts`). */
export const organizationsFr: typeof organizationsEn = {};
