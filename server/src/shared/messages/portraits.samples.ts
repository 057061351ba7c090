import type { portraitsEn } from './portraits.en.js';

type Codes = typeof portraitsEn;

/** Parameters for each code of this part, for `messages.test.ts`: a code added without one does not compile. */
export const portraitsSamples: { [C in keyof Codes]: Parameters<Codes[C]> } = {};
