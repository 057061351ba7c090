import type { Limits } from './limits';

/** The limits answer as the tests' API gives it: one copy, with every field the site asks for. */
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
  findingTitleMin: 3,
  findingTitleMax: 200,
  findingStatementMin: 3,
  findingStatementMax: 5000,
  findingNoteMax: 500,
  findingNeighbourhoodsMax: 10,
  changesNoteMin: 3,
  changesNoteMax: 2000,
  imageMaxBytes: 8 * 1024 * 1024,
  imageAcceptedTypes: ['image/jpeg', 'image/png', 'image/webp'],
};
