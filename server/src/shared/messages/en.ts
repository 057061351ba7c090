import { planningEn } from './planning.en.js';
import { authoringEn } from './authoring.en.js';
import { storiesEn } from './stories.en.js';
import { portraitsEn } from './portraits.en.js';
import { mediaEn } from './media.en.js';
import { organizationsEn } from './organizations.en.js';

/**
 * What the API says to people, in English, by stable code (the `code` of `userErrors`). `fr.ts`
 * has exactly the same codes and parameters: its type is this catalogue's.
 */
export const en = {
  // Sessions of a workshop
  WORKSHOP_PAUSED: () => 'The workshop is paused: you can post again when the coordinator resumes it.',
  WORKSHOP_CLOSED: () => 'The workshop is closed: it no longer takes contributions.',
  WORKSHOP_NOT_STARTED: () => 'The workshop has not started yet.',
  WORKSHOP_IS_CLOSED: () => 'This workshop is closed.',
  TRANSITION_REFUSED: (p: { status: WorkshopStatusName; transition: TransitionName }) =>
    `This workshop is ${p.status.toLowerCase()}: it cannot be ${transitionDone[p.transition]}.`,
  REOPEN_TOO_LATE: (p: { hours: number }) =>
    `This workshop closed more than ${p.hours} hours ago: what was said is now its record. Run a new workshop to go on.`,
  PROMPT_ELSEWHERE: () => 'This prompt belongs to another workshop.',
  QUESTION_LENGTH: (p: Range) => `Write a question of ${p.min} to ${p.max} characters.`,

  // Contributions
  BODY_EMPTY: () => 'Write something before posting.',
  BODY_TOO_LONG: (p: { length: number; max: number }) =>
    `The text has ${p.length} characters; shorten it to ${p.max} at most.`,
  TOO_MANY_THEMES: (p: { max: number }) => `Choose at most ${p.max} themes.`,
  UNKNOWN_THEMES: (p: { slugs: string[] }) => `Unknown theme: ${p.slugs.join(', ')}.`,
  UNKNOWN_NEIGHBOURHOOD: () => 'Unknown neighbourhood.',
  REPLY_ELSEWHERE: () => 'You can only reply to a contribution of this workshop.',
  REPLY_TO_REPLY: () => 'Reply to the original contribution, not to a reply.',
  REPLY_TO_UNPUBLISHED: () => 'You can reply once it is published.',
  EDIT_WINDOW_OVER: (p: { minutes: number }) => `Contributions can be changed for ${p.minutes} minutes after posting.`,
  NO_LONGER_CHANGEABLE: () => 'This contribution can no longer be changed.',
  CONTRIBUTION_CHANGED: () =>
    'This contribution changed while you were editing it, and your change was not saved: bring it into the current text, then save again.',
  ONLY_PUBLISHED_SUPPORTED: () => 'Only published contributions can be supported.',
  CANNOT_SUPPORT_OWN: () => 'You cannot say “me too” to your own contribution.',
  REPORT_NOT_ALLOWED: () => 'Only someone else’s published contribution can be reported.',
  ALREADY_REPORTED: () => 'You have already reported this contribution.',
  REPORT_REASON_LENGTH: (p: Range) => `Say in ${p.min} to ${p.max} characters what is wrong.`,

  // Moderation
  MODERATION_NOT_APPLICABLE: (p: { state: ModerationStateName }) =>
    `This contribution is ${p.state.toLowerCase()}: it cannot be changed that way.`,
  MODERATION_NOTHING_TO_DO: () => 'This does not apply to this contribution as it is now.',
  HIDE_REASON_LENGTH: (p: Range) => `Give a reason of ${p.min} to ${p.max} characters.`,
  MERGE_SAME: () => 'Choose two different contributions.',
  MERGE_ACROSS_WORKSHOPS: () => 'Both contributions must belong to the same workshop.',
  MERGE_KEEP_STATE: () => 'The contribution kept must be published or waiting for approval.',

  // Accounts and guests
  DISPLAY_NAME_LENGTH: (p: Range) => `Give a name of ${p.min} to ${p.max} characters.`,
  DISPLAY_NAME_CHARACTERS: () => 'The name may not contain < > or control characters.',
  NAME_SUGGESTS_STAFF: () =>
    'This name suggests a role on QuartierLab (coordination, moderation, administration): choose a name of your own.',
  NAME_OF_STAFF: () => 'This name is that of a member of the QuartierLab team: choose another one.',
  EMAIL_INVALID: () => 'Enter a valid email address.',
  EMAIL_INVISIBLE_CHARACTERS: () => 'The address contains spaces or invisible characters: type it again by hand.',
  EMAIL_MIXED_SCRIPTS: () =>
    'The part after @ mixes Latin letters with Cyrillic or Greek ones that look alike: type it again by hand.',
  EMAIL_DOTS: () => 'The part after @ may not begin or end with a dot, nor hold two dots in a row.',
  PASSWORD_TOO_SHORT: (p: { min: number }) => `Choose a password of at least ${p.min} characters.`,
  PASSWORD_TOO_LONG: (p: { max: number }) => `The password may not exceed ${p.max} characters.`,
  SIGN_UP_LINK_INVALID: () =>
    'This link is not valid, or it was used already. If your account was created, sign in; otherwise sign up again.',
  SIGN_UP_LINK_EXPIRED: (p: { hours: number }) =>
    `This link has expired (it worked for ${p.hours} hours): sign up again.`,
  SIGN_UP_ADDRESS_TAKEN: () =>
    'No account can be created with this address any more: sign in, or sign up with another address.',
  SIGN_IN_FAILED: () => 'Email or password is incorrect.',
  SIGN_IN_LOCKED: (p: { minutes: number }) =>
    `Too many failed sign-ins: wait ${p.minutes} minute${p.minutes > 1 ? 's' : ''} and try again.`,
  JOIN_CODE_SHAPE: () => 'A join code has 6 letters or digits.',
  JOIN_CODE_UNKNOWN: () => 'No live workshop has this code: check it with the organisers.',
  COORDINATOR_ROLE_FIRST: () => 'Grant this person the coordinator role first.',
  // The shared diagnosis
  DIAGNOSIS_TRANSITION_REFUSED: (p: { status: DiagnosisStatusName; transition: DiagnosisTransitionName }) =>
    `This diagnosis is ${diagnosisStatusEn[p.status]}: it cannot be ${diagnosisTransitionDone[p.transition]}.`,
  DIAGNOSIS_REASON_LENGTH: (p: Range) => `Say why, in ${p.min} to ${p.max} characters.`,
  DIAGNOSIS_FROZEN: (p: { status: DiagnosisStatusName }) =>
    `This diagnosis is ${diagnosisStatusEn[p.status]}: it no longer changes. A coordinator may reopen it.`,
  DIAGNOSIS_NOT_IN_CONSULTATION: () =>
    'This diagnosis is not open for consultation: contributions, supports and comments open with it.',
  DIAGNOSIS_PERIOD_SHAPE: () => 'Write the period as one year (2026) or two (2026-2027).',
  DIAGNOSIS_PERIOD_TAKEN: () => 'This territory already has a diagnosis for this period.',
  DIAGNOSIS_TITLE_LENGTH: (p: Range) => `Write a title of ${p.min} to ${p.max} characters.`,
  WORKSHOP_DIAGNOSIS_ELSEWHERE: () => 'This diagnosis is of another territory: link the workshop to one of its own.',
  CONTRIBUTION_NOT_MEMBER: () => 'You can speak only for an organization you belong to.',
  FINDING_TITLE_LENGTH: (p: Range) => `Write a title of ${p.min} to ${p.max} characters.`,
  FINDING_STATEMENT_LENGTH: (p: Range) => `Write a statement of ${p.min} to ${p.max} characters.`,
  FINDING_CHANGED: (p: { by: string }) =>
    `${p.by} changed this finding since you opened it: nothing was saved. Here is its text now, beside yours: merge them and save again.`,
  FINDING_MERGED: () => 'This finding was merged into another one: work on that one instead.',
  FINDING_STATUS_UNCHANGED: () => 'The finding already has this status.',
  FINDING_MERGE_SAME: () => 'Choose another finding to merge into.',
  FINDING_MERGE_ACROSS: () => 'Findings can only be merged within one diagnosis.',
  FINDING_AWAITING_REVIEW: () => 'This proposal is waiting for a coordinator: it can be supported once it is reviewed.',
  REVISION_ELSEWHERE: () => 'This revision belongs to another finding.',
  REVISION_IS_CURRENT: () => 'This revision is already the finding’s current text.',
  SUGGESTION_REVIEWED: () => 'This suggestion has already been reviewed.',
  REVIEW_NOTE_LENGTH: (p: { max: number }) => `Keep the note under ${p.max} characters.`,
  EVIDENCE_NONE: () => 'Select at least one contribution.',
  EVIDENCE_TOO_MANY: (p: { max: number }) => `Select at most ${p.max} contributions at once.`,
  EVIDENCE_NOT_PUBLISHED: () => 'Only published contributions can back a finding.',
  EVIDENCE_ELSEWHERE: () => 'This contribution comes from a workshop of another territory.',
  EVIDENCE_NOT_ATTACHED: () => 'This contribution does not back this finding.',
  COSIGN_NOT_MEMBER: () => 'You can co-sign only for an organization you belong to.',
  COSIGN_NOT_ALLOWED: () => 'This organization does not let its members co-sign on its behalf.',
  COMMENT_LENGTH: (p: Range) => `Write a comment of ${p.min} to ${p.max} characters.`,
  PROJECT_IDEA_NOT_RETAINED: () => 'Only a retained finding can give rise to a project idea: retain it first.',
  ...planningEn,
  ...authoringEn,
  ...storiesEn,
  ...portraitsEn,
  ...mediaEn,
  ...organizationsEn,
};

/** The catalogue every language provides: the same codes, with the same parameters. */
export type Catalogue = typeof en;

export interface Range {
  min: number;
  max: number;
}

// Names only, so that the catalogue imports no feature.
export type WorkshopStatusName = 'DRAFT' | 'SCHEDULED' | 'LIVE' | 'PAUSED' | 'CLOSED';
export type ModerationStateName = 'PENDING' | 'PUBLISHED' | 'HIDDEN' | 'WITHDRAWN' | 'MERGED';
export type TransitionName = 'schedule' | 'open' | 'pause' | 'close' | 'reopen';
export type DiagnosisStatusName = 'DRAFT' | 'CONSULTATION' | 'VALIDATED' | 'ARCHIVED';
export type DiagnosisTransitionName = 'consult' | 'validate' | 'archive' | 'reopen';

const transitionDone: Record<TransitionName, string> = {
  schedule: 'scheduled',
  open: 'opened',
  pause: 'paused',
  close: 'closed',
  reopen: 'reopened',
};

const diagnosisStatusEn: Record<DiagnosisStatusName, string> = {
  DRAFT: 'a draft',
  CONSULTATION: 'in consultation',
  VALIDATED: 'validated',
  ARCHIVED: 'archived',
};

const diagnosisTransitionDone: Record<DiagnosisTransitionName, string> = {
  consult: 'opened for consultation',
  validate: 'validated',
  archive: 'archived',
  reopen: 'reopened',
};
