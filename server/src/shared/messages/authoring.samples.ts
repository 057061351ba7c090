import type { authoringEn } from './authoring.en.js';

type Codes = typeof authoringEn;

/** Parameters for each code of this part, for `messages.test.ts`: a code added without one does not compile. */
export const authoringSamples: { [C in keyof Codes]: Parameters<Codes[C]> } = {};
