import type { portraitsEn } from './portraits.en.js';

type Codes = typeof portraitsEn;

/** Parameters for each code of this part, for `messages.test.ts`: a code added without one does not compile. */
export const portraitsSamples: { [C in keyof Codes]: Parameters<Codes[C]> } = {
  PORTRAIT_NAME_LENGTH: [{ min: 3, max: 200 }],
  PORTRAIT_TEXT_TOO_LONG: [{ length: 20001, max: 20000 }],
  PORTRAIT_YEAR_RANGE: [{ min: 1900, max: 2100 }],
  PORTRAIT_DURATION_RANGE: [{ min: 1, max: 600 }],
  PORTRAIT_WEBSITE_INVALID: [],
  PORTRAIT_AMOUNT_INVALID: [],
  PORTRAIT_VALUE_INVALID: [],
  PORTRAIT_DATE_INVALID: [],
  PORTRAIT_PERIOD_ORDER: [],
  PORTRAIT_EU_AXIS_NOT_EU: [],
  PORTRAIT_CARRIER_REQUIRED: [],
  PORTRAIT_PARTNER_DUPLICATE: [],
  PORTRAIT_SELF_REPLICATION: [],
  PORTRAIT_UNKNOWN_PORTRAIT: [],
  PORTRAIT_UNKNOWN_FINDINGS: [{ count: 2 }],
  PORTRAIT_UNKNOWN_ORGANIZATION: [],
  PORTRAIT_UNKNOWN_TERRITORY: [],
  PORTRAIT_UNKNOWN_THEMES: [{ count: 1 }],
  PORTRAIT_TOO_MANY: [{ max: 50 }],
  PORTRAIT_LABEL_LENGTH: [{ min: 1, max: 200 }],
  PORTRAIT_IMAGE_ALT_LENGTH: [{ min: 3, max: 300 }],
  PORTRAIT_IMAGE_DUPLICATE: [],
  PORTRAIT_STAGE_BEFORE_PREVIOUS: [{ date: '2021-03-01' }],
  PORTRAIT_STAGE_UNCHANGED: [],
  PORTRAIT_ITEM_GONE: [],
  PORTRAIT_MOVE_IMPOSSIBLE: [],
  PORTRAIT_NOT_CLAIMABLE: [],
  PORTRAIT_NOT_MEMBER: [],
};
