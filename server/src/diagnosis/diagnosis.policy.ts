import { forbidden, unauthenticated } from '../shared/errors.js';
import { invalid, msg, type InvalidInput } from '../shared/payload.js';
import { isAdmin, isStaff, type Viewer } from '../shared/viewer.js';
import type { DiagnosisStatusName, DiagnosisTransitionName } from '../shared/messages/en.js';
import { sessionRefusal, type SessionFacts } from '../workshops/workshop.policy.js';
import { DiagnosisStatus } from './diagnosis.entity.js';

/** What these rules read of a diagnosis (a row, or an event's snapshot, whose status is text). */
export interface DiagnosisFacts {
  id: string;
  status: string;
}

/** Admins, and the territory coordinators assigned to this diagnosis. */
export function coordinatesDiagnosis(viewer: Viewer, diagnosisId: string): boolean {
  return isAdmin(viewer) || (viewer.kind === 'person' && viewer.diagnoses.has(diagnosisId));
}

/** A draft is its coordinators' work in progress; from the consultation on, it is public. */
export function seesDiagnosis(viewer: Viewer, d: DiagnosisFacts): boolean {
  return d.status !== DiagnosisStatus.DRAFT || coordinatesDiagnosis(viewer, d.id);
}

/** Each move of a diagnosis's life: where it may start from, and where it goes. */
export const diagnosisTransitions: Record<DiagnosisTransitionName, { from: DiagnosisStatus[]; to: DiagnosisStatus }> = {
  consult: { from: [DiagnosisStatus.DRAFT], to: DiagnosisStatus.CONSULTATION },
  validate: { from: [DiagnosisStatus.CONSULTATION], to: DiagnosisStatus.VALIDATED },
  archive: { from: [DiagnosisStatus.VALIDATED], to: DiagnosisStatus.ARCHIVED },
  reopen: { from: [DiagnosisStatus.VALIDATED, DiagnosisStatus.ARCHIVED], to: DiagnosisStatus.CONSULTATION },
};

/** Reopening a validated diagnosis says why; so may any other move. */
export const reasonLimits = { min: 3, max: 500 };

/** The moves a coordinator may make now, for `viewerDiagnosisMoves` and the guards alike. */
export function diagnosisMoves(d: Pick<DiagnosisFacts, 'status'>): DiagnosisTransitionName[] {
  return (Object.keys(diagnosisTransitions) as DiagnosisTransitionName[]).filter((t) =>
    diagnosisTransitions[t].from.includes(d.status as DiagnosisStatus),
  );
}

export function transitionRefusal(
  d: Pick<DiagnosisFacts, 'status'>,
  transition: DiagnosisTransitionName,
  reason: string,
): InvalidInput | null {
  if (!diagnosisTransitions[transition].from.includes(d.status as DiagnosisStatus)) {
    return invalid(
      msg('DIAGNOSIS_TRANSITION_REFUSED', { status: d.status as DiagnosisStatusName, transition }),
      'diagnosisId',
    );
  }
  const length = reason.trim().length;
  const required = transition === 'reopen';
  if ((required || length > 0) && (length < reasonLimits.min || length > reasonLimits.max)) {
    return invalid(msg('DIAGNOSIS_REASON_LENGTH', reasonLimits), 'reason');
  }
  return null;
}

/** Findings change while the diagnosis is a draft or in consultation; a validated one is frozen. */
export function frozenRefusal(d: Pick<DiagnosisFacts, 'status'>): InvalidInput | null {
  if (d.status === DiagnosisStatus.DRAFT || d.status === DiagnosisStatus.CONSULTATION) return null;
  return invalid(msg('DIAGNOSIS_FROZEN', { status: d.status as DiagnosisStatusName }), 'diagnosisId');
}

/** Proposals, suggestions, supports, comments and contributions from outside: during the consultation only. */
export function consultationRefusal(d: Pick<DiagnosisFacts, 'status'>): InvalidInput | null {
  return d.status === DiagnosisStatus.CONSULTATION
    ? null
    : invalid(msg('DIAGNOSIS_NOT_IN_CONSULTATION'), 'diagnosisId');
}

/** Taking part in a consultation needs an account: a guest's session belongs to one live workshop. */
export function consultationParticipantRefusal(viewer: Viewer): Error | null {
  return viewer.kind === 'person'
    ? null
    : unauthenticated('Sign in first: taking part in a consultation needs an account.');
}

/** What a coordinator does to a diagnosis, each by its own mutation (`openConsultation` … `reopenDiagnosis`). */
export enum DiagnosisMove {
  CONSULT = 'CONSULT',
  VALIDATE = 'VALIDATE',
  ARCHIVE = 'ARCHIVE',
  REOPEN = 'REOPEN',
}

const moveOf: Record<DiagnosisTransitionName, DiagnosisMove> = {
  consult: DiagnosisMove.CONSULT,
  validate: DiagnosisMove.VALIDATE,
  archive: DiagnosisMove.ARCHIVE,
  reopen: DiagnosisMove.REOPEN,
};

/** Admins, and people with the platform's coordinator role: they start diagnoses. */
export const mayStartDiagnosis = (viewer: Viewer): boolean => isStaff(viewer);

export const diagnosisPolicy = {
  /** The moves `openConsultation` … `reopenDiagnosis` would accept of this viewer now (none for others). */
  moves: (viewer: Viewer, d: DiagnosisFacts): DiagnosisMove[] =>
    coordinatesDiagnosis(viewer, d.id) ? diagnosisMoves(d).map((t) => moveOf[t]) : [],
  /**
   * What `postDiagnosisContribution` checks of the viewer, the diagnosis and its consultation's
   * session (its coordinators may pause it, as any workshop).
   */
  canContribute: (viewer: Viewer, d: DiagnosisFacts, consultation: Pick<SessionFacts, 'status'> | null): boolean =>
    consultationParticipantRefusal(viewer) === null &&
    consultationRefusal(d) === null &&
    consultation !== null &&
    sessionRefusal(consultation) === null,
};

/** Why this viewer may not run this diagnosis's life and findings; null for its coordinators and admins. */
export function coordinatorRefusal(viewer: Viewer, diagnosisId: string): Error | null {
  if (viewer.kind === 'anonymous') return unauthenticated('Sign in as a coordinator of this diagnosis first.');
  return coordinatesDiagnosis(viewer, diagnosisId)
    ? null
    : forbidden('Only the coordinators of this diagnosis can do this.');
}

/** Why this viewer may not start a diagnosis; null for admins and coordinators. */
export function starterRefusal(viewer: Viewer): Error | null {
  if (viewer.kind === 'anonymous') return unauthenticated('Sign in as a coordinator first.');
  return mayStartDiagnosis(viewer) ? null : forbidden('Only coordinators and admins start a diagnosis.');
}

/** Assigning territory coordinators is an admin's decision, as for workshops. */
export function assignerRefusal(viewer: Viewer): Error | null {
  if (viewer.kind === 'anonymous') return unauthenticated('Sign in first.');
  return isAdmin(viewer) ? null : forbidden('Only administrators can do this.');
}
