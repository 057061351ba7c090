import type { mediaEn } from './media.en.js';

type Codes = typeof mediaEn;

/** Parameters for each code of this part, for `messages.test.ts`: a code added without one does not compile. */
export const mediaSamples: { [C in keyof Codes]: Parameters<Codes[C]> } = {
  IMAGE_MISSING: [],
  IMAGE_EMPTY: [],
  IMAGE_TOO_LARGE: [{ maxMegabytes: 8 }],
  IMAGE_TYPE: [{ accepted: 'JPEG, PNG, WebP' }],
  IMAGE_UNREADABLE: [],
  IMAGE_DIMENSIONS: [{ maxSide: 12000, maxMegapixels: 40 }],
  IMAGE_NOT_ATTACHABLE: [],
};
