import type { organizationsEn } from './organizations.en.js';

type Codes = typeof organizationsEn;

/** Parameters for each code of this part, for `messages.test.ts`: a code added without one does not compile. */
export const organizationsSamples: { [C in keyof Codes]: Parameters<Codes[C]> } = {};
