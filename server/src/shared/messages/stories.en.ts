import type { Range } from './en.js';

/** Stories and testimonies: what the API says, in English (spread into `en.ts`). */
export const storiesEn = {
  STORY_TITLE_LENGTH: (p: Range) => `Write a title of ${p.min} to ${p.max} characters.`,
  STORY_SUMMARY_LENGTH: (p: { max: number }) => `Keep the summary under ${p.max} characters.`,
  STORY_BODY_LENGTH: (p: Range) => `Write a story of ${p.min} to ${p.max} characters.`,
  STORY_TELLER_NAME_LENGTH: (p: Range) =>
    `Give the teller’s name in ${p.min} to ${p.max} characters, or tick “anonymous”.`,
  STORY_TELLER_ROLE_LENGTH: (p: { max: number }) => `Keep the teller’s role under ${p.max} characters.`,
  STORY_TEXT_CHARACTERS: () => 'This text holds control characters: remove them.',
  TESTIMONY_CONSENT: () => 'A testimony is published only with its teller’s consent: tick the consent box.',
  STORY_TERRITORY_UNKNOWN: () => 'Choose the territory the story comes from.',
  STORY_LINK_UNKNOWN: () => 'One of the items chosen does not exist or is not public: choose it again from the list.',
  STORY_TOO_MANY_LINKS: (p: { max: number }) => `Choose at most ${p.max} of them.`,
};
