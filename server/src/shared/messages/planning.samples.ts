import type { planningEn } from './planning.en.js';

type Codes = typeof planningEn;

/** Parameters for each code of this part, for `messages.test.ts`: a code added without one does not compile. */
export const planningSamples: { [C in keyof Codes]: Parameters<Codes[C]> } = {
  WORKSHOP_TITLE_LENGTH: [{ min: 3, max: 160 }],
  WORKSHOP_KIND_RESERVED: [],
  WORKSHOP_UNKNOWN_TERRITORY: [],
  WORKSHOP_NEIGHBOURHOOD_ELSEWHERE: [],
  WORKSHOP_DIAGNOSIS_NOT_YOURS: [],
  WORKSHOP_ENDS_BEFORE_START: [],
  WORKSHOP_DATES_RANGE: [],
  WORKSHOP_PLACE_TOO_LONG: [{ max: 300 }],
  WORKSHOP_DESCRIPTION_TOO_LONG: [{ length: 20001, max: 20000 }],
  WORKSHOP_CAP_RANGE: [{ min: 1, max: 10000 }],
  WORKSHOP_CHANGED: [],
  PROMPT_USED: [],
  LAST_COORDINATOR: [],
  REGISTRATION_CLOSED: [],
  WORKSHOP_FULL: [{ cap: 30 }],
};
