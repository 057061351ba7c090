/** The portrait editor: French messages (spread into `fr.ts`). */
export const portraitsFr = {} as const;
