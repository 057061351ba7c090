/** Writing stories and testimonies: French messages (spread into `fr.ts`). */
export const storiesFr = {} as const;
