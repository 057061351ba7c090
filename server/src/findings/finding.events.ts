import type { Knex } from '@mikro-orm/postgresql';
import type { EventFamily, StoredEvent } from '../live/stream.kinds.js';
import { toGlobalId } from '../shared/ids.js';
import { toDate } from '../shared/scalars.js';
import { anonymous, type Viewer } from '../shared/viewer.js';
import { visible } from '../shared/visibility.js';
import type { Jsonified } from '../shared/rows.js';
import { DiagnosisEventType, type DiagnosisEventObject } from '../diagnosis/diagnosis-event.type.js';
import {
  diagnosisAudience,
  diagnosisStreamKind,
  emptyDiagnosisEvent,
  reaches,
  type DiagnosisEventBase,
} from '../diagnosis/diagnosis.events.js';
import { coordinatesDiagnosis } from '../diagnosis/diagnosis.policy.js';
import type { DiagnosisStatus } from '../diagnosis/diagnosis.entity.js';
import { findingColumns, type FindingType } from './finding.type.js';

/** A finding as it was right after the change. */
export type FindingSnapshot = Jsonified<Omit<FindingType, 'id'>> & { id: string };

/**
 * What a finding's event stores. `subjectId` names the comment or suggestion concerned;
 * `subjectAuthorId` its author, who alone besides coordinators receives a suggestion's events.
 */
export interface FindingEventData extends DiagnosisEventBase {
  finding: FindingSnapshot;
  /** The finding was public before this change (a proposal leaving review, a merge): the public must be told. */
  wasPublic?: boolean;
  mergedIntoId?: string | null;
  contributionIds?: string[];
  subjectId?: string;
  subjectAuthorId?: string;
  editorName?: string;
  editing?: boolean;
}

/** Types only coordinators and the subject's author receive. */
const privateTypes = new Set<string>([DiagnosisEventType.SUGGESTION_POSTED, DiagnosisEventType.SUGGESTION_REVIEWED]);

/** The finding and its diagnosis's status, read inside the write's transaction after its flush. */
export async function findingEventData(
  knex: Knex,
  findingId: string,
  extra: Omit<FindingEventData, 'finding' | 'diagnosisStatus'> = {},
): Promise<FindingEventData> {
  const row = (await knex('finding as f')
    .join('diagnosis as d', 'd.id', 'f.diagnosis_id')
    .select(...findingColumns('f'), 'd.status as diagnosisStatus')
    .where('f.id', findingId)
    .first()) as FindingType & { diagnosisStatus: DiagnosisStatus; createdAt: unknown };
  const { diagnosisStatus, ...finding } = row;
  return {
    diagnosisStatus,
    finding: { ...finding, createdAt: toDate(finding.createdAt)?.toISOString() ?? new Date().toISOString() },
    ...extra,
  };
}

/** A proposal waiting for review is seen by the diagnosis's coordinators and its author only. */
function seesFinding(viewer: Viewer, diagnosisId: string, finding: FindingSnapshot): boolean {
  if (!finding.awaitingReview || coordinatesDiagnosis(viewer, diagnosisId)) return true;
  return viewer.kind === 'person' && finding.proposedById === viewer.personId;
}

const isOwn = (viewer: Viewer, id: string | null | undefined) =>
  viewer.kind === 'person' && id != null && id === viewer.personId;

export function findingEventFor(viewer: Viewer, event: StoredEvent<FindingEventData>): DiagnosisEventObject | null {
  if (!reaches(viewer, event)) return null;
  const diagnosisId = event.stream.key;
  const { data } = event;
  const coordinator = coordinatesDiagnosis(viewer, diagnosisId);
  const own = isOwn(viewer, data.subjectAuthorId) || isOwn(viewer, data.finding.proposedById);
  if (privateTypes.has(event.type) && !coordinator && !isOwn(viewer, data.subjectAuthorId)) return null;
  const base = {
    ...emptyDiagnosisEvent(event.seq, event.type as DiagnosisEventType, event.at),
    diagnosisStatus: data.diagnosisStatus,
    findingId: toGlobalId('Finding', data.finding.id),
    mergedIntoId: data.mergedIntoId ? toGlobalId('Finding', data.mergedIntoId) : null,
  };
  if (!seesFinding(viewer, diagnosisId, data.finding)) {
    // Gone from this viewer's view: its id alone tells the page to drop it.
    return data.wasPublic ? { ...base, shareKey: `${diagnosisId}:${event.seq}:id` } : null;
  }
  return {
    ...base,
    finding: data.finding as unknown as FindingType,
    contributionIds: (!coordinator && Array.isArray(event.current)
      ? (event.current as string[])
      : (data.contributionIds ?? [])
    ).map((id) => toGlobalId('Contribution', id)),
    subjectId: data.subjectId ?? null,
    editorName: data.editorName ?? null,
    editing: data.editing ?? null,
    // The author of a proposal or suggestion reads fields of their own (viewerCan…).
    shareKey: own ? null : `${diagnosisId}:${event.seq}:${diagnosisAudience(viewer, event)}`,
  };
}

/** Findings' events on their diagnosis's stream. */
export const findingEvents: EventFamily<FindingEventData, DiagnosisEventObject> = {
  stream: diagnosisStreamKind,
  types: [
    DiagnosisEventType.FINDING_ADDED,
    DiagnosisEventType.FINDING_EDITED,
    DiagnosisEventType.FINDING_MOVED,
    DiagnosisEventType.FINDING_STATUS_CHANGED,
    DiagnosisEventType.FINDING_MERGED,
    DiagnosisEventType.EVIDENCE_ATTACHED,
    DiagnosisEventType.EVIDENCE_DETACHED,
    DiagnosisEventType.FINDING_SUPPORTED,
    DiagnosisEventType.COMMENT_POSTED,
    DiagnosisEventType.COMMENT_HIDDEN,
    DiagnosisEventType.SUGGESTION_POSTED,
    DiagnosisEventType.SUGGESTION_REVIEWED,
    DiagnosisEventType.FINDING_EDITING,
  ],
  // For a replay, the contributions cited that are still public now: one hidden since is not
  // named to those who may no longer see it.
  async replayState(knex, events): Promise<string[][]> {
    const ids = [...new Set(events.flatMap((e) => e.data.contributionIds ?? []))];
    const rows =
      ids.length === 0
        ? []
        : ((await visible
            .contribution(knex('contribution as c'), 'c', anonymous)
            .whereIn('c.id', ids)
            .pluck('c.id')) as string[]);
    const stillPublic = new Set(rows);
    return events.map((e) => (e.data.contributionIds ?? []).filter((id) => stillPublic.has(id)));
  },
  eventFor: findingEventFor,
  audienceOf(viewer, event) {
    const { data } = event;
    if (isOwn(viewer, data.subjectAuthorId) || isOwn(viewer, data.finding.proposedById)) return 'own';
    return diagnosisAudience(viewer, event);
  },
  fields: {
    // From the event's snapshot. Fields that findings' resolvers add are classified by them
    // (see test/live-shared-fields.test.ts).
    shareable: [
      'Finding.id',
      'Finding.kind',
      'Finding.title',
      'Finding.statement',
      'Finding.priority',
      'Finding.status',
      'Finding.position',
      'Finding.version',
      'Finding.awaitingReview',
      'Finding.createdAt',
      'Finding.statementHtml',
      // The evidence rule reads nothing of the viewer but whether they coordinate the diagnosis,
      // which their audience says; supports are counted for everyone alike.
      'Finding.evidenceCount',
      'Finding.participantCount',
      'Finding.organizationCount',
      'Finding.supportCount',
    ],
    // Read through loaders, under the viewer's own visibility rule (a merged-into finding, the
    // history of who changed what, suggestions seen by coordinators and their authors), or the
    // rules read with the diagnosis's state now.
    perViewer: [
      'Finding.diagnosis',
      'Finding.themes',
      'Finding.neighbourhoods',
      'Finding.stories',
      'Finding.mergedInto',
      'Finding.proposedBy',
      'Finding.lastChangedBy',
      'Finding.lastChangedAt',
      'Finding.revisions',
      'Finding.suggestions',
      'Finding.viewerCanEdit',
      'Finding.viewerCanSuggest',
      // Contributions, whose own fields say whether this viewer wrote them; organizations and
      // portraits, through their own rules; what this viewer did or may do.
      'Finding.evidence',
      'Finding.cosigners',
      'Finding.comments',
      'Finding.answeredBy',
      'Finding.viewerSupports',
      'Finding.viewerCosignedFor',
      'Finding.viewerCoSignOrganizations',
      'Finding.viewerCanSupport',
      'Finding.viewerCanComment',
      'Finding.viewerCanPromote',
    ],
  },
};
