import type { Limits } from './limits';

/** What the API's `limits` query answers, for tests of the pages and of the cache. */
export const testLimits: Limits = {
  contributionBodyMax: 2000,
  reasonMin: 3,
  reasonMax: 500,
  questionMin: 3,
  questionMax: 300,
  reopenWindowHours: 24,
  passwordMin: 12,
  passwordMax: 256,
  displayNameMin: 2,
  displayNameMax: 60,
  emailMax: 254,
  signUpLinkHours: 24,
};
