import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'graphql';
import type { Client, ClientOptions, Sink } from 'graphql-ws';
import { makeFragmentData } from '$lib/graphql/generated';
import {
  followDiagnosis,
  LiveStart_Diagnosis,
  type DiagnosisChange,
  type DiagnosisEventsDocument,
} from './follow-diagnosis.svelte';
import type { LiveFinding } from './diagnosis-reducer';

const finding = (id: string, position = 1): LiveFinding => ({
  id,
  kind: 'UNMET_NEED',
  position,
  awaitingReview: false,
});

// At run time a document is only sent; what the types say of it is the page's business.
const document = parse(`subscription S($diagnosisId: ID!, $afterSeq: Int) {
  diagnosisEvents(diagnosisId: $diagnosisId, afterSeq: $afterSeq) { seq }
}`) as unknown as DiagnosisEventsDocument<LiveFinding>;
const fragment = parse('fragment F on Finding { id }') as never;

function fakeSockets() {
  const sockets: { options: ClientOptions; variables: unknown[]; sinks: Sink[] }[] = [];
  const createClient = (options: ClientOptions): Client => {
    const socket = { options, variables: [] as unknown[], sinks: [] as Sink[] };
    sockets.push(socket);
    return {
      subscribe(payload: { variables?: unknown }, sink: Sink) {
        socket.variables.push(payload.variables);
        socket.sinks.push(sink);
        return () => undefined;
      },
      dispose: () => undefined,
      terminate: () => undefined,
    } as unknown as Client;
  };
  return { sockets, createClient };
}

const diagnosis = makeFragmentData({ id: 'D1', lastSeq: 20, status: 'CONSULTATION' }, LiveStart_Diagnosis);

describe('followDiagnosis', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', {
      location: new URL('https://quartierlab.test/territories/t/diagnostic/2026-2027'),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('starts from the page, applies the stream, tells each change once, and resumes after the last seq', () => {
    const ws = fakeSockets();
    const changes: DiagnosisChange<LiveFinding>[] = [];
    const live = followDiagnosis({
      document,
      finding: fragment,
      diagnosis,
      findings: [finding('a')],
      onChange: (change) => changes.push(change),
      createClient: ws.createClient,
    });
    const close = live.open();
    const first = ws.sockets[0]!;
    expect(first.variables[0]).toEqual({ diagnosisId: 'D1', afterSeq: 20 });

    const added = { diagnosisEvents: { seq: 21, type: 'FINDING_ADDED', finding: finding('b', 0) } };
    first.sinks[0]!.next({ data: added });
    first.sinks[0]!.next({ data: added });
    first.sinks[0]!.next({
      data: { diagnosisEvents: { seq: 22, type: 'DIAGNOSIS_STATUS_CHANGED', diagnosisStatus: 'VALIDATED' } },
    });
    first.sinks[0]!.next({
      data: { diagnosisEvents: { seq: 22, type: 'FINDING_EDITING', findingId: 'a', editorName: 'Awa', editing: true } },
    });
    expect(live.findings.map((f) => f.id)).toEqual(['b', 'a']);
    expect(live.status).toBe('VALIDATED');
    expect(changes.map((c) => c.event.type)).toEqual(['FINDING_ADDED', 'DIAGNOSIS_STATUS_CHANGED', 'FINDING_EDITING']);
    expect(live.editorsOf('a')).toEqual(['Awa']);
    expect(live.editorsOf('a', 'Awa')).toEqual([]);

    (first.options.on?.closed as () => void)();
    vi.advanceTimersByTime(1_000);
    expect(ws.sockets[1]!.variables[0]).toEqual({ diagnosisId: 'D1', afterSeq: 22 });
    close();
  });

  it('adds what the viewer wrote', () => {
    const live = followDiagnosis({ document, finding: fragment, diagnosis, findings: [finding('a')] });
    live.insert(finding('mine', 5));
    expect(live.findings.map((f) => f.id)).toEqual(['a', 'mine']);
  });
});
