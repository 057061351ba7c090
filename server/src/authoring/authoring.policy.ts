import { forbidden, unauthenticated } from '../shared/errors.js';
import { invalid, msg } from '../shared/payload.js';
import { isStaff, type Viewer } from '../shared/viewer.js';
import { ReviewState } from './draft.entity.js';

/**
 * Who may move a draft, and from which state: once, for the services' guards and the
 * `viewerCan…` fields. Staff (coordinators and admins) review; editors are those the subject's
 * adapter names (the author of a story, the people of a portrait's carrier). Rules are about a
 * subject the viewer can see: services answer NOT_FOUND for anything else first.
 */

/** What the rules read of a draft and of the viewer's standing towards it. */
export interface DraftStanding {
  state: ReviewState;
  /** The adapter's `mayEdit`: the author, the carrier's people… */
  editor: boolean;
}

/** A reviewer's note when asking for changes. */
export const changesNoteLimits = { min: 3, max: 2000 };

function personRefusal(viewer: Viewer): Error | null {
  if (viewer.kind === 'anonymous') return unauthenticated('Sign in first.');
  if (viewer.kind !== 'person') return forbidden('Sign in with an account to write.');
  return null;
}

const mayWrite = (viewer: Viewer, s: DraftStanding) => s.editor || isStaff(viewer);

/** Editing the draft (or restoring one of its revisions): its editors and staff, in any state. */
export function editRefusal(viewer: Viewer, s: DraftStanding): Error | null {
  return personRefusal(viewer) ?? (mayWrite(viewer, s) ? null : forbidden());
}

/** Its editors submit it for review: a draft being written, sent back, or withdrawn. */
export function submitRefusal(viewer: Viewer, s: DraftStanding): Error | null {
  const refusal = personRefusal(viewer) ?? (s.editor ? null : forbidden());
  if (refusal) return refusal;
  if (s.state === ReviewState.SUBMITTED) return invalid(msg('DRAFT_ALREADY_SUBMITTED'), 'id');
  if (s.state === ReviewState.PUBLISHED) return invalid(msg('DRAFT_ALREADY_PUBLISHED'), 'id');
  return null;
}

/** Staff ask for changes to what was submitted. */
export function requestChangesRefusal(viewer: Viewer, s: DraftStanding): Error | null {
  const refusal = personRefusal(viewer) ?? (isStaff(viewer) ? null : forbidden());
  if (refusal) return refusal;
  return s.state === ReviewState.SUBMITTED ? null : invalid(msg('DRAFT_NOT_SUBMITTED'), 'id');
}

/** Staff publish, whatever the state, unless the draft already is the published edition. */
export function publishRefusal(viewer: Viewer, s: DraftStanding): Error | null {
  const refusal = personRefusal(viewer) ?? (isStaff(viewer) ? null : forbidden());
  if (refusal) return refusal;
  return s.state === ReviewState.PUBLISHED ? invalid(msg('DRAFT_ALREADY_PUBLISHED'), 'id') : null;
}

/** Its editors and staff take it off public pages; it can be submitted again. */
export function withdrawRefusal(viewer: Viewer, s: DraftStanding): Error | null {
  const refusal = editRefusal(viewer, s);
  if (refusal) return refusal;
  return s.state === ReviewState.WITHDRAWN ? invalid(msg('DRAFT_ALREADY_WITHDRAWN'), 'id') : null;
}

/**
 * The state a save leaves: an editor's change to what was submitted or published goes (back) to
 * review; staff correcting what they review leave it submitted; a changed published draft no
 * longer equals the published edition, so it is a draft again (staff publish it themselves).
 */
export function stateAfterSave(viewer: Viewer, state: ReviewState): ReviewState {
  if (state === ReviewState.PUBLISHED) return ReviewState.DRAFT;
  if (state === ReviewState.SUBMITTED && !isStaff(viewer)) return ReviewState.DRAFT;
  return state;
}

/** The note asked of a reviewer, trimmed, or the problem with it. */
export function changesNote(note: string): string {
  const text = note.replace(/\r\n/g, '\n').trim();
  if (text.length < changesNoteLimits.min || text.length > changesNoteLimits.max) {
    throw invalid(msg('CHANGES_NOTE_LENGTH', changesNoteLimits), 'note');
  }
  return text;
}

export const authoringPolicy = {
  canEdit: (viewer: Viewer, s: DraftStanding) => editRefusal(viewer, s) === null,
  canSubmit: (viewer: Viewer, s: DraftStanding) => submitRefusal(viewer, s) === null,
  canRequestChanges: (viewer: Viewer, s: DraftStanding) => requestChangesRefusal(viewer, s) === null,
  canPublish: (viewer: Viewer, s: DraftStanding) => publishRefusal(viewer, s) === null,
  canWithdraw: (viewer: Viewer, s: DraftStanding) => withdrawRefusal(viewer, s) === null,
  canRestore: (viewer: Viewer, s: DraftStanding) => editRefusal(viewer, s) === null,
};
