/** Planning workshops: the editor, prompts, registrations: French messages (spread into `fr.ts`). */
export const planningFr = {} as const;
