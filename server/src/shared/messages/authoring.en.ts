import type { Range } from './en.js';

/** Authored content: drafts, review, revisions (stories and portraits): what the API says, in English (spread into `en.ts`). */
export const authoringEn = {
  DRAFT_CHANGED: (p: { by: string }) =>
    `${p.by} changed this draft since you opened it: nothing was saved. Here is its text now, beside yours: bring your changes into it and save again.`,
  DRAFT_ALREADY_SUBMITTED: () => 'It is already waiting for review.',
  DRAFT_ALREADY_PUBLISHED: () => 'It is already published as it is: change it first.',
  DRAFT_ALREADY_WITHDRAWN: () => 'It is already withdrawn from public pages.',
  DRAFT_NOT_SUBMITTED: () => 'Changes can be asked only of what was submitted for review.',
  DRAFT_REVISION_CURRENT: () => 'The draft already reads as this revision.',
  CHANGES_NOTE_LENGTH: (p: Range) => `Say in ${p.min} to ${p.max} characters what to change.`,
};
