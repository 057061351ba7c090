/** Organizations, members, invitations and people: what the API says, in English (spread into `en.ts`). */
export const organizationsEn = {};
