import type { organizationsEn } from './organizations.en.js';

type Codes = typeof organizationsEn;

/** Parameters for each code of this part, for `messages.test.ts`: a code added without one does not compile. */
export const organizationsSamples: { [C in keyof Codes]: Parameters<Codes[C]> } = {
  ORGANIZATION_NAME_LENGTH: [{ min: 2, max: 120 }],
  ORGANIZATION_NAME_TAKEN: [],
  ORGANIZATION_TEXT_TOO_LONG: [{ length: 4200, max: 4000 }],
  ORGANIZATION_WEBSITE_INVALID: [],
  ORGANIZATION_PHONE_INVALID: [],
  ORGANIZATION_CHANGED: [],
  ORGANIZATION_REQUEST_DECIDED: [],
  INVITATION_INVALID: [],
  INVITATION_EXPIRED: [{ hours: 72 }],
  INVITATION_USED: [],
  INVITATION_REVOKED: [],
  INVITATION_NOT_PENDING: [],
  ALREADY_MEMBER: [],
  JOIN_ALREADY_REQUESTED: [],
  JOIN_REQUEST_DECIDED: [],
  MEMBER_NOT_FOUND: [],
  LAST_MANAGER: [],
};
