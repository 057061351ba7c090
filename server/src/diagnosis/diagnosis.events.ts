import type { EventFamily, StoredEvent, StreamId } from '../live/stream.kinds.js';
import type { Viewer } from '../shared/viewer.js';
import { coordinatesDiagnosis, seesDiagnosis } from './diagnosis.policy.js';
import { DiagnosisEventType, type DiagnosisEventObject } from './diagnosis-event.type.js';
import type { DiagnosisStatus } from './diagnosis.entity.js';

/** A diagnosis's live page is one stream, keyed by the diagnosis's id. */
export const diagnosisStreamKind = 'diagnosis';
export const diagnosisStream = (diagnosisId: string): StreamId => ({ kind: diagnosisStreamKind, key: diagnosisId });

/** Every event of the stream says where the diagnosis stood then: a draft's reach its coordinators only. */
export interface DiagnosisEventBase {
  diagnosisStatus: DiagnosisStatus;
}

export interface DiagnosisStatusData extends DiagnosisEventBase {
  reason: string;
}

/** An event of the diagnosis's stream with nothing in it yet; each family fills in its part. */
export function emptyDiagnosisEvent(seq: number, type: DiagnosisEventType, at: string): DiagnosisEventObject {
  return {
    seq,
    type,
    at,
    diagnosisStatus: null,
    reason: null,
    findingId: null,
    finding: null,
    mergedIntoId: null,
    contributionIds: [],
    subjectId: null,
    editorName: null,
    editing: null,
    connectedCount: null,
    shareKey: null,
  };
}

/** What everyone on the page is told of the number of people there; not stored. */
export function diagnosisPresenceEvent(diagnosisId: string, presence: number, seq: number): DiagnosisEventObject {
  return {
    ...emptyDiagnosisEvent(seq, DiagnosisEventType.PRESENCE, new Date().toISOString()),
    connectedCount: presence,
    shareKey: `${diagnosisId}:${seq}:presence:${presence}`,
  };
}

/** Coordinators and everyone else: what a diagnosis's events show depends on nothing more. */
export function diagnosisAudience(viewer: Viewer, event: StoredEvent): 'coordinator' | 'public' {
  return coordinatesDiagnosis(viewer, event.stream.key) ? 'coordinator' : 'public';
}

/** The event reaches this viewer at all: a draft's events reach its coordinators only. */
export function reaches(viewer: Viewer, event: StoredEvent<DiagnosisEventBase>): boolean {
  return seesDiagnosis(viewer, { id: event.stream.key, status: event.data.diagnosisStatus });
}

/** The diagnosis's own moves: consultation, validation, archiving, reopening. */
export const diagnosisEvents: EventFamily<DiagnosisStatusData, DiagnosisEventObject> = {
  stream: diagnosisStreamKind,
  types: [DiagnosisEventType.DIAGNOSIS_STATUS_CHANGED],
  eventFor: (viewer, event) => {
    if (!reaches(viewer, event)) return null;
    return {
      ...emptyDiagnosisEvent(event.seq, DiagnosisEventType.DIAGNOSIS_STATUS_CHANGED, event.at),
      diagnosisStatus: event.data.diagnosisStatus,
      reason: event.data.reason || null,
      shareKey: `${event.stream.key}:${event.seq}:${diagnosisAudience(viewer, event)}`,
    };
  },
  audienceOf: diagnosisAudience,
  fields: {
    shareable: [
      'DiagnosisEvent.seq',
      'DiagnosisEvent.type',
      'DiagnosisEvent.at',
      'DiagnosisEvent.diagnosisStatus',
      'DiagnosisEvent.reason',
      'DiagnosisEvent.findingId',
      'DiagnosisEvent.finding',
      'DiagnosisEvent.mergedIntoId',
      'DiagnosisEvent.contributionIds',
      'DiagnosisEvent.subjectId',
      'DiagnosisEvent.editorName',
      'DiagnosisEvent.editing',
      'DiagnosisEvent.connectedCount',
      // A diagnosis, where an event's finding leads to it: its row, and figures counted over
      // published contributions only, the same whoever asks.
      'Diagnosis.id',
      'Diagnosis.slug',
      'Diagnosis.period',
      'Diagnosis.title',
      'Diagnosis.summary',
      'Diagnosis.periodStart',
      'Diagnosis.periodEnd',
      'Diagnosis.status',
      'Diagnosis.validatedAt',
      'Diagnosis.isDemo',
      'Diagnosis.lastSeq',
      'Diagnosis.participation',
      'DiagnosisParticipation.workshopCount',
      'DiagnosisParticipation.participantCount',
      'DiagnosisParticipation.contributionCount',
      'DiagnosisParticipation.organizationCount',
      'DiagnosisParticipation.contributionsByKind',
      'DiagnosisParticipation.organizationsByKind',
      'DiagnosisParticipation.timeline',
      'KindCount.kind',
      'KindCount.count',
      'OrganizationKindCount.kind',
      'OrganizationKindCount.count',
      'MonthCount.month',
      'MonthCount.count',
    ],
    // Read through loaders under the viewer's own rules (findings under review, draft workshops,
    // the people and places they lead to), or what this viewer may do.
    perViewer: [
      'Diagnosis.territory',
      'Diagnosis.validatedBy',
      'Diagnosis.findings',
      'Diagnosis.coordinators',
      'Diagnosis.workshops',
      'Diagnosis.consultation',
      'Diagnosis.transitions',
      'Diagnosis.matrix',
      'Diagnosis.viewerCanCoordinate',
      'Diagnosis.viewerDiagnosisMoves',
      'Diagnosis.viewerCanContribute',
      'Diagnosis.viewerCanPropose',
      'Diagnosis.pendingSuggestions',
      'Diagnosis.proposalsAwaitingReview',
    ],
  },
};
