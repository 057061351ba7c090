import type { planningEn } from './planning.en.js';

type Codes = typeof planningEn;

/** Parameters for each code of this part, for `messages.test.ts`: a code added without one does not compile. */
export const planningSamples: { [C in keyof Codes]: Parameters<Codes[C]> } = {};
