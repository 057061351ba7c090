import type { DiagnosisEventType, DiagnosisStatus, FindingKind } from '$lib/graphql/generated/graphql';

/** What the reducer reads of a finding; each page selects the rest in its own fragment. */
export interface LiveFinding {
  id: string;
  kind: FindingKind;
  position: number;
  awaitingReview: boolean;
}

/** One event of a diagnosis's stream, with the finding snapshot already unmasked. */
export interface DiagnosisLiveEvent<T> {
  seq: number;
  type: DiagnosisEventType;
  diagnosisStatus?: DiagnosisStatus | null;
  findingId?: string | null;
  /** The finding after the change; null when it left this viewer's view. */
  finding?: T | null;
  mergedIntoId?: string | null;
  editorName?: string | null;
  editing?: boolean | null;
  connectedCount?: number | null;
}

export interface DiagnosisLiveState<T> {
  /** The seq of the last stored event applied: the next subscription asks for what follows. */
  lastSeq: number;
  /** Every finding this viewer sees, proposals awaiting review included, by position. */
  findings: readonly T[];
  status: DiagnosisStatus;
  connectedCount: number;
  /** Who is editing each finding now (by finding id), as FINDING_EDITING events tell. */
  editors: Readonly<Record<string, readonly string[]>>;
}

/** The coordinators' order; the id breaks ties so the order is stable. */
export function byPosition(a: LiveFinding, b: LiveFinding): number {
  if (a.position !== b.position) return a.position - b.position;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The starting state, from the server-rendered page; a finding listed twice is kept once. */
export function initialDiagnosisState<T extends LiveFinding>(input: {
  lastSeq: number;
  findings: readonly T[];
  status: DiagnosisStatus;
  connectedCount?: number;
}): DiagnosisLiveState<T> {
  const unique = new Map(input.findings.map((f) => [f.id, f]));
  return {
    lastSeq: input.lastSeq,
    findings: [...unique.values()].sort(byPosition),
    status: input.status,
    connectedCount: input.connectedCount ?? 0,
    editors: {},
  };
}

function without<T extends LiveFinding>(findings: readonly T[], id: string | null | undefined): readonly T[] {
  return id && findings.some((f) => f.id === id) ? findings.filter((f) => f.id !== id) : findings;
}

/** Puts the snapshot in place of the finding with its id (or adds it). */
export function placeFinding<T extends LiveFinding>(findings: readonly T[], snapshot: T): readonly T[] {
  return [...without(findings, snapshot.id), snapshot].sort(byPosition);
}

function withEditor(
  editors: DiagnosisLiveState<unknown>['editors'],
  findingId: string,
  name: string,
  editing: boolean,
): DiagnosisLiveState<unknown>['editors'] {
  const names = editors[findingId] ?? [];
  const has = names.includes(name);
  if (has === editing) return editors;
  const next = editing ? [...names, name] : names.filter((n) => n !== name);
  const { [findingId]: _dropped, ...rest } = editors;
  return next.length > 0 ? { ...rest, [findingId]: next } : rest;
}

/**
 * Applies one event of the stream. Delivery is at least once and replays overlap the live stream,
 * so a stored event whose seq is not after the last one applied changes nothing. PRESENCE repeats
 * the last seq and carries only the count; FINDING_EDITING says who edits what, which is the same
 * however often it is told, so it is applied whatever its seq.
 */
export function applyDiagnosisEvent<T extends LiveFinding>(
  state: DiagnosisLiveState<T>,
  event: DiagnosisLiveEvent<T>,
): DiagnosisLiveState<T> {
  if (event.type === 'PRESENCE') {
    const count = event.connectedCount;
    return count === null || count === undefined || count === state.connectedCount
      ? state
      : { ...state, connectedCount: count };
  }
  if (event.type === 'FINDING_EDITING') {
    const lastSeq = Math.max(state.lastSeq, event.seq);
    if (!event.findingId || !event.editorName) return lastSeq === state.lastSeq ? state : { ...state, lastSeq };
    const editors = withEditor(state.editors, event.findingId, event.editorName, !!event.editing);
    return editors === state.editors && lastSeq === state.lastSeq ? state : { ...state, lastSeq, editors };
  }
  if (event.seq <= state.lastSeq) return state;
  const next: DiagnosisLiveState<T> = { ...state, lastSeq: event.seq };

  switch (event.type) {
    case 'DIAGNOSIS_STATUS_CHANGED':
      return event.diagnosisStatus ? { ...next, status: event.diagnosisStatus } : next;

    case 'FINDING_MOVED':
      if (event.finding) return { ...next, findings: moveFinding(state.findings, event.finding) };
      return { ...next, findings: without(state.findings, event.findingId) };

    case 'FINDING_ADDED':
    case 'FINDING_EDITED':
    case 'FINDING_STATUS_CHANGED':
    case 'FINDING_MERGED':
    case 'EVIDENCE_ATTACHED':
    case 'EVIDENCE_DETACHED':
    case 'FINDING_SUPPORTED':
    case 'COMMENT_POSTED':
    case 'COMMENT_HIDDEN':
    case 'SUGGESTION_POSTED':
    case 'SUGGESTION_REVIEWED':
      // The snapshot says it all; a finding this viewer may no longer see comes as its id alone.
      if (event.finding) return { ...next, findings: placeFinding(state.findings, event.finding) };
      return { ...next, findings: without(state.findings, event.findingId) };
  }
}

/**
 * A finding moved to its new place (`position`, 0 first): the API shifts the others and tells of
 * the one moved only, so the list does the same shift, then numbers every finding by its place.
 */
export function moveFinding<T extends LiveFinding>(findings: readonly T[], snapshot: T): readonly T[] {
  const order = findings.filter((f) => f.id !== snapshot.id);
  order.splice(Math.max(0, Math.min(snapshot.position, order.length)), 0, snapshot);
  return order.map((f, index) => (f.position === index ? f : { ...f, position: index }));
}

/** Adds what this viewer just wrote (the mutation's answer), unless the stream brought it first. */
export function insertFindingIfAbsent<T extends LiveFinding>(
  state: DiagnosisLiveState<T>,
  finding: T,
): DiagnosisLiveState<T> {
  if (state.findings.some((f) => f.id === finding.id)) return state;
  return { ...state, findings: placeFinding(state.findings, finding) };
}

/** The findings of one kind, in order. */
export function findingsOfKind<T extends LiveFinding>(findings: readonly T[], kind: FindingKind): readonly T[] {
  return findings.filter((f) => f.kind === kind);
}

/** The kinds in the order the page shows them. */
export const FINDING_KINDS: readonly FindingKind[] = ['UNMET_NEED', 'ASSET', 'OPPORTUNITY'];
