import { untrack } from 'svelte';
import type { DocumentTypeDecoration, TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client, ClientOptions } from 'graphql-ws';
import { getFragmentData, graphql, type FragmentType } from '$lib/graphql/generated';
import type { DiagnosisStatus } from '$lib/graphql/generated/graphql';
import { follow, liveUrl, openLiveConnection, type ConnectionState } from './connection';
import {
  applyDiagnosisEvent,
  initialDiagnosisState,
  insertFindingIfAbsent,
  type DiagnosisLiveEvent,
  type DiagnosisLiveState,
  type LiveFinding,
} from './diagnosis-reducer';

/** Where a diagnosis page starts: the seq its server-rendered findings are at. */
export const LiveStart_Diagnosis = graphql(`
  fragment LiveStart_Diagnosis on Diagnosis {
    id
    lastSeq
    status
  }
`);

/** What every diagnosis page reads of an event; the finding comes in the page's own fragment. */
export const LiveEnvelope_DiagnosisEvent = graphql(`
  fragment LiveEnvelope_DiagnosisEvent on DiagnosisEvent {
    seq
    type
    diagnosisStatus
    reason
    findingId
    mergedIntoId
    editorName
    editing
    connectedCount
  }
`);

type Fragment<T> = DocumentTypeDecoration<T, unknown>;

/** A page's subscription: `diagnosisEvents` with the envelope spread and `finding` in the page's fragment. */
export type DiagnosisEventsDocument<T> = TypedDocumentNode<
  {
    diagnosisEvents: FragmentType<typeof LiveEnvelope_DiagnosisEvent> & {
      finding?: FragmentType<Fragment<T>> | null;
    };
  },
  { diagnosisId: string; afterSeq?: number | null }
>;

/** One event applied, with the findings before and after it (a page announces what arrived). */
export interface DiagnosisChange<T> {
  event: DiagnosisLiveEvent<T>;
  before: readonly T[];
  after: readonly T[];
}

export interface FollowDiagnosis<T extends LiveFinding> {
  document: DiagnosisEventsDocument<T>;
  /** The fragment `document` selects on `finding`, to unmask what the stream brings. */
  finding: Fragment<T>;
  diagnosis: FragmentType<typeof LiveStart_Diagnosis>;
  /** The server-rendered findings, unmasked. */
  findings: readonly T[];
  onChange?: (change: DiagnosisChange<T>) => void;
  /** For tests: a stand-in for graphql-ws. */
  createClient?: (options: ClientOptions) => Client;
}

/**
 * A diagnosis followed live by one page: its findings, status, presence and who edits what,
 * started from the server-rendered page, then changed only by the stream (never re-derived from
 * later loads). Each (re)subscription asks for the events after the last seq applied.
 */
export class DiagnosisFollower<T extends LiveFinding> {
  readonly diagnosisId: string;
  state: DiagnosisLiveState<T>;
  connection = $state<ConnectionState | null>(null);
  readonly #spec: FollowDiagnosis<T>;

  constructor(spec: FollowDiagnosis<T>) {
    const start = getFragmentData(LiveStart_Diagnosis, spec.diagnosis);
    this.#spec = spec;
    this.diagnosisId = start.id;
    this.state = $state.raw(
      initialDiagnosisState({ lastSeq: start.lastSeq, findings: spec.findings, status: start.status }),
    );
  }

  get findings(): readonly T[] {
    return this.state.findings;
  }

  get status(): DiagnosisStatus {
    return this.state.status;
  }

  /** Who edits this finding now, besides `me` (the viewer's own name, told back by the stream). */
  editorsOf(findingId: string, me?: string | null): readonly string[] {
    return (this.state.editors[findingId] ?? []).filter((name) => name !== me);
  }

  /** Adds what this viewer just wrote (the mutation's answer), unless the stream brought it. */
  insert(finding: T): void {
    this.state = insertFindingIfAbsent(this.state, finding);
  }

  /** Opens the live connection; returns what closes it (made for an `$effect`). */
  open(): () => void {
    // Opening reads the last seq: untracked, or every event would reopen the socket.
    return untrack(() => {
      const { document, finding, createClient } = this.#spec;
      const live = openLiveConnection({
        url: liveUrl(window.location),
        onState: (state) => (this.connection = state),
        createClient,
        follows: [
          follow({
            document,
            variables: (afterSeq) => ({ diagnosisId: this.diagnosisId, afterSeq }),
            lastSeq: () => this.state.lastSeq,
            endsReplay: ({ diagnosisEvents }) =>
              getFragmentData(LiveEnvelope_DiagnosisEvent, diagnosisEvents).type === 'PRESENCE',
            onData: ({ diagnosisEvents }) =>
              this.#apply({
                ...getFragmentData(LiveEnvelope_DiagnosisEvent, diagnosisEvents),
                finding: getFragmentData(finding, diagnosisEvents.finding),
              }),
          }),
        ],
      });
      this.connection = 'connecting';
      return () => live.close();
    });
  }

  #apply(event: DiagnosisLiveEvent<T>): void {
    const previous = this.state;
    this.state = applyDiagnosisEvent(previous, event);
    // A replayed event already applied changes nothing and is not told again.
    if (this.state !== previous)
      this.#spec.onChange?.({ event, before: previous.findings, after: this.state.findings });
  }
}

export function followDiagnosis<T extends LiveFinding>(spec: FollowDiagnosis<T>): DiagnosisFollower<T> {
  return new DiagnosisFollower(spec);
}
