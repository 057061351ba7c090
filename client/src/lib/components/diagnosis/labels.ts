import type {
  DiagnosisMove,
  DiagnosisStatus,
  FindingKind,
  FindingPriority,
  FindingStatus,
  SuggestionState,
} from '$lib/graphql/generated/graphql';
import type { MessageKey } from '$lib/i18n';

/** The words for the feature's enums: every value has one, checked by the types. */
export const DIAGNOSIS_STATUS: Record<DiagnosisStatus, MessageKey> = {
  DRAFT: 'diagnosis.status.DRAFT',
  CONSULTATION: 'diagnosis.status.CONSULTATION',
  VALIDATED: 'diagnosis.status.VALIDATED',
  ARCHIVED: 'diagnosis.status.ARCHIVED',
};

export const FINDING_KIND: Record<FindingKind, MessageKey> = {
  UNMET_NEED: 'diagnosis.kind.UNMET_NEED',
  ASSET: 'diagnosis.kind.ASSET',
  OPPORTUNITY: 'diagnosis.kind.OPPORTUNITY',
};

/** The kinds as section titles (plural). */
export const FINDING_KIND_GROUP: Record<FindingKind, MessageKey> = {
  UNMET_NEED: 'diagnosis.kindGroup.UNMET_NEED',
  ASSET: 'diagnosis.kindGroup.ASSET',
  OPPORTUNITY: 'diagnosis.kindGroup.OPPORTUNITY',
};

export const FINDING_STATUS: Record<FindingStatus, MessageKey> = {
  PROPOSED: 'diagnosis.findingStatus.PROPOSED',
  RETAINED: 'diagnosis.findingStatus.RETAINED',
  SET_ASIDE: 'diagnosis.findingStatus.SET_ASIDE',
  MERGED: 'diagnosis.findingStatus.MERGED',
};

export const FINDING_PRIORITY: Record<FindingPriority, MessageKey> = {
  HIGH: 'diagnosis.priority.HIGH',
  MEDIUM: 'diagnosis.priority.MEDIUM',
  LOW: 'diagnosis.priority.LOW',
};

export const DIAGNOSIS_MOVE: Record<DiagnosisMove, MessageKey> = {
  CONSULT: 'diagnosis.move.CONSULT',
  VALIDATE: 'diagnosis.move.VALIDATE',
  ARCHIVE: 'diagnosis.move.ARCHIVE',
  REOPEN: 'diagnosis.move.REOPEN',
};

export const SUGGESTION_STATE: Record<SuggestionState, MessageKey> = {
  PENDING: 'diagnosis.suggestionState.PENDING',
  ACCEPTED: 'diagnosis.suggestionState.ACCEPTED',
  DECLINED: 'diagnosis.suggestionState.DECLINED',
};

/** The badge tone of a diagnosis's status. */
export function statusTone(status: DiagnosisStatus): string {
  return { DRAFT: '', CONSULTATION: 'sun', VALIDATED: 'ok', ARCHIVED: '' }[status];
}
