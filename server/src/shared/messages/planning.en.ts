/** Workshop planning: workshops written, prompts, registrations: what the API says, in English (spread into `en.ts`). */
export const planningEn = {
  WORKSHOP_TITLE_LENGTH: (p: { min: number; max: number }) => `Write a title of ${p.min} to ${p.max} characters.`,
  WORKSHOP_KIND_RESERVED: () =>
    'A consultation is opened from its diagnosis: choose a workshop, a meeting, a forum, a breakfast talk or a visit.',
  WORKSHOP_UNKNOWN_TERRITORY: () => 'Choose the territory the workshop is held on.',
  WORKSHOP_NEIGHBOURHOOD_ELSEWHERE: () => 'Choose neighbourhoods of the workshop’s territory only.',
  WORKSHOP_DIAGNOSIS_NOT_YOURS: () => 'Only the coordinators of this diagnosis can link a workshop to it.',
  WORKSHOP_ENDS_BEFORE_START: () => 'The end must come after the start.',
  WORKSHOP_DATES_RANGE: () => 'Give dates between the year 1990 and ten years from now.',
  WORKSHOP_PLACE_TOO_LONG: (p: { max: number }) => `Describe the place in ${p.max} characters at most.`,
  WORKSHOP_DESCRIPTION_TOO_LONG: (p: { length: number; max: number }) =>
    `The description has ${p.length} characters; shorten it to ${p.max} at most.`,
  WORKSHOP_CAP_RANGE: (p: { min: number; max: number }) =>
    `Give a number of places between ${p.min} and ${p.max}, or leave it empty for no limit.`,
  WORKSHOP_CHANGED: () =>
    'Someone changed this workshop while you were editing it, and your change was not saved: check the current version, then save again.',
  PROMPT_USED: () => 'This question has been put to the room already: it stays as it was asked.',
  LAST_COORDINATOR: () => 'A workshop keeps at least one coordinator: add another one before leaving.',
  REGISTRATION_CLOSED: () => 'Registrations are open only for announced workshops that have not started yet.',
  WORKSHOP_FULL: (p: { cap: number }) => `This workshop is full: its ${p.cap} places are taken.`,
};
