/** Drafts, review and revision history (stories and portraits): French messages (spread into `fr.ts`). */
export const authoringFr = {} as const;
