import type { storiesEn } from './stories.en.js';

type Codes = typeof storiesEn;

/** Parameters for each code of this part, for `messages.test.ts`: a code added without one does not compile. */
export const storiesSamples: { [C in keyof Codes]: Parameters<Codes[C]> } = {
  STORY_TITLE_LENGTH: [{ min: 3, max: 200 }],
  STORY_SUMMARY_LENGTH: [{ max: 600 }],
  STORY_BODY_LENGTH: [{ min: 20, max: 20000 }],
  STORY_TELLER_NAME_LENGTH: [{ min: 2, max: 100 }],
  STORY_TELLER_ROLE_LENGTH: [{ max: 120 }],
  STORY_TEXT_CHARACTERS: [],
  TESTIMONY_CONSENT: [],
  STORY_TERRITORY_UNKNOWN: [],
  STORY_LINK_UNKNOWN: [],
  STORY_TOO_MANY_LINKS: [{ max: 20 }],
};
