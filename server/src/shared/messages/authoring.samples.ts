import type { authoringEn } from './authoring.en.js';

type Codes = typeof authoringEn;

/** Parameters for each code of this part, for `messages.test.ts`: a code added without one does not compile. */
export const authoringSamples: { [C in keyof Codes]: Parameters<Codes[C]> } = {
  DRAFT_CHANGED: [{ by: 'Awa' }],
  DRAFT_ALREADY_SUBMITTED: [],
  DRAFT_ALREADY_PUBLISHED: [],
  DRAFT_ALREADY_WITHDRAWN: [],
  DRAFT_NOT_SUBMITTED: [],
  DRAFT_REVISION_CURRENT: [],
  CHANGES_NOTE_LENGTH: [{ min: 3, max: 2000 }],
};
