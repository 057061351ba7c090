import { describe, expect, it } from 'vitest';
import {
  applyDiagnosisEvent,
  findingsOfKind,
  initialDiagnosisState,
  insertFindingIfAbsent,
  type DiagnosisLiveEvent,
  type LiveFinding,
} from './diagnosis-reducer';

interface Item extends LiveFinding {
  title: string;
  supportCount: number;
}

const finding = (id: string, patch: Partial<Item> = {}): Item => ({
  id,
  kind: 'UNMET_NEED',
  position: 1,
  awaitingReview: false,
  title: id,
  supportCount: 0,
  ...patch,
});

const start = () =>
  initialDiagnosisState<Item>({
    lastSeq: 5,
    findings: [finding('b', { position: 2 }), finding('a', { position: 1 }), finding('b', { position: 2 })],
    status: 'CONSULTATION',
  });

const event = (seq: number, patch: Partial<DiagnosisLiveEvent<Item>>): DiagnosisLiveEvent<Item> => ({
  seq,
  type: 'FINDING_EDITED',
  ...patch,
});

const ids = (findings: readonly Item[]) => findings.map((f) => f.id);

describe('applyDiagnosisEvent', () => {
  it('starts from the page in position order, each finding once', () => {
    expect(ids(start().findings)).toEqual(['a', 'b']);
  });

  it('adds, edits and moves findings from their snapshots, and moves the last seq on', () => {
    let state = start();
    state = applyDiagnosisEvent(state, event(6, { type: 'FINDING_ADDED', finding: finding('c', { position: 0 }) }));
    state = applyDiagnosisEvent(state, event(7, { finding: finding('a', { position: 1, title: 'Edited' }) }));
    state = applyDiagnosisEvent(state, event(8, { type: 'FINDING_MOVED', finding: finding('b', { position: 0 }) }));
    expect(ids(state.findings)).toEqual(['b', 'c', 'a']);
    expect(state.findings.find((f) => f.id === 'a')?.title).toBe('Edited');
    expect(state.lastSeq).toBe(8);
  });

  it('shifts the others as the API does when one finding moves, and numbers them by place', () => {
    let state = initialDiagnosisState<Item>({
      lastSeq: 1,
      findings: [finding('a', { position: 1 }), finding('b', { position: 2 }), finding('c', { position: 3 })],
      status: 'CONSULTATION',
    });
    state = applyDiagnosisEvent(state, event(2, { type: 'FINDING_MOVED', finding: finding('c', { position: 0 }) }));
    expect(state.findings.map((f) => [f.id, f.position])).toEqual([
      ['c', 0],
      ['a', 1],
      ['b', 2],
    ]);
    state = applyDiagnosisEvent(state, event(3, { type: 'FINDING_MOVED', finding: finding('c', { position: 2 }) }));
    expect(ids(state.findings)).toEqual(['a', 'b', 'c']);
  });

  it('ignores an event already applied (a replay overlapping the live stream)', () => {
    const state = applyDiagnosisEvent(
      start(),
      event(9, { type: 'FINDING_SUPPORTED', finding: finding('a', { supportCount: 3 }) }),
    );
    const again = applyDiagnosisEvent(
      state,
      event(9, { type: 'FINDING_SUPPORTED', finding: finding('a', { supportCount: 1 }) }),
    );
    expect(again).toBe(state);
    expect(again.findings.find((f) => f.id === 'a')?.supportCount).toBe(3);
  });

  it('takes out a finding that comes as its id alone (it left this viewer’s view)', () => {
    const state = applyDiagnosisEvent(
      start(),
      event(6, { type: 'FINDING_STATUS_CHANGED', findingId: 'b', finding: null }),
    );
    expect(ids(state.findings)).toEqual(['a']);
    expect(state.lastSeq).toBe(6);
  });

  it('keeps a merged finding with its new status, and the kept one as its snapshot says', () => {
    let state = start();
    state = applyDiagnosisEvent(
      state,
      event(6, {
        type: 'FINDING_MERGED',
        findingId: 'b',
        mergedIntoId: 'a',
        finding: finding('b', { position: 2, title: 'merged' }),
      }),
    );
    state = applyDiagnosisEvent(
      state,
      event(7, { type: 'EVIDENCE_ATTACHED', finding: finding('a', { supportCount: 4 }) }),
    );
    expect(ids(state.findings)).toEqual(['a', 'b']);
    expect(state.findings[0]?.supportCount).toBe(4);
    expect(state.findings[1]?.title).toBe('merged');
  });

  it('follows the diagnosis’s status', () => {
    const state = applyDiagnosisEvent(
      start(),
      event(6, { type: 'DIAGNOSIS_STATUS_CHANGED', diagnosisStatus: 'VALIDATED' }),
    );
    expect(state.status).toBe('VALIDATED');
  });

  it('counts presence without moving the last seq', () => {
    const state = applyDiagnosisEvent(start(), event(5, { type: 'PRESENCE', connectedCount: 12 }));
    expect(state.connectedCount).toBe(12);
    expect(state.lastSeq).toBe(5);
    expect(applyDiagnosisEvent(state, event(5, { type: 'PRESENCE', connectedCount: 12 }))).toBe(state);
  });

  it('says who edits which finding, started and stopped, whatever the order of seqs', () => {
    let state = start();
    state = applyDiagnosisEvent(
      state,
      event(6, { type: 'FINDING_EDITING', findingId: 'a', editorName: 'Awa', editing: true }),
    );
    state = applyDiagnosisEvent(
      state,
      event(6, { type: 'FINDING_EDITING', findingId: 'a', editorName: 'Awa', editing: true }),
    );
    state = applyDiagnosisEvent(
      state,
      event(7, { type: 'FINDING_EDITING', findingId: 'a', editorName: 'Léo', editing: true }),
    );
    expect(state.editors['a']).toEqual(['Awa', 'Léo']);
    state = applyDiagnosisEvent(
      state,
      event(8, { type: 'FINDING_EDITING', findingId: 'a', editorName: 'Awa', editing: false }),
    );
    state = applyDiagnosisEvent(
      state,
      event(8, { type: 'FINDING_EDITING', findingId: 'a', editorName: 'Léo', editing: false }),
    );
    expect(state.editors).toEqual({});
    expect(state.lastSeq).toBe(8);
  });
});

describe('insertFindingIfAbsent', () => {
  it('adds what the viewer wrote unless the stream brought it first', () => {
    const streamed = applyDiagnosisEvent(
      start(),
      event(6, { type: 'FINDING_ADDED', finding: finding('c', { title: 'from the stream' }) }),
    );
    expect(insertFindingIfAbsent(streamed, finding('c', { title: 'answer' }))).toBe(streamed);
    expect(ids(insertFindingIfAbsent(start(), finding('c', { position: 3 })).findings)).toEqual(['a', 'b', 'c']);
  });
});

describe('findingsOfKind', () => {
  it('keeps one kind, in order', () => {
    const findings = [finding('a'), finding('b', { kind: 'ASSET' }), finding('c', { position: 3 })];
    expect(ids(findingsOfKind(findings, 'UNMET_NEED'))).toEqual(['a', 'c']);
  });
});
