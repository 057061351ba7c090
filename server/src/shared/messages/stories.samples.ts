import type { storiesEn } from './stories.en.js';

type Codes = typeof storiesEn;

/** Parameters for each code of this part, for `messages.test.ts`: a code added without one does not compile. */
export const storiesSamples: { [C in keyof Codes]: Parameters<Codes[C]> } = {};
