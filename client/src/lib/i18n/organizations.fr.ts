/** Organizations, members, invitations; the people admin screen: French messages (spread into `fr.ts`). */
export const organizationsFr = {} as const;
