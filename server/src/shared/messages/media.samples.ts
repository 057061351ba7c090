import type { mediaEn } from './media.en.js';

type Codes = typeof mediaEn;

/** Parameters for each code of this part, for `messages.test.ts`: a code added without one does not compile. */
export const mediaSamples: { [C in keyof Codes]: Parameters<Codes[C]> } = {};
