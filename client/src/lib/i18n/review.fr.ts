/** The coordinators’ « to review » page: French messages (spread into `fr.ts`). */
export const reviewFr = {} as const;
