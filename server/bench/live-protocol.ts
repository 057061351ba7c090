// What live.bench.ts, its load generator (live-subscribers.ts) and its bare `ws` broadcaster
// (live-bare.ts) share: the IPC messages, the subscription document, and how a post's send time
// travels in its body.
import { performance } from 'node:perf_hooks';

export interface StartMessage {
  kind: 'start';
  /** websocket URLs of the server nodes; subscriber i goes to urls[(offset + i) % urls.length]. */
  urls: string[];
  count: number;
  offset: number;
  workshopId: string;
  /** Sockets opening at the same time in this process. */
  concurrency: number;
  /** The bare `ws` broadcaster: each subscriber holds a plain socket to it too. */
  bareUrl: string;
}
export interface FinishMessage {
  kind: 'finish';
  /** The expected events are those numbered firstSeq..lastSeq. */
  firstSeq: number;
  lastSeq: number;
  /** How long to wait for stragglers, in ms. */
  waitMs: number;
}
/** The bare broadcast is over: wait until every plain socket has `frames` frames (or a deadline). */
export interface FinishBareMessage {
  kind: 'finish-bare';
  frames: number;
  waitMs: number;
}
export interface ReadyMessage {
  kind: 'ready';
  subscribed: number;
  failed: number;
  errors: string[];
}
export interface SubscriberResult {
  /** Index of the node it was connected to. */
  node: number;
  received: number;
  lost: number;
  duplicated: number;
  outOfOrder: number;
  /** Stored events whose number lies outside the expected range. */
  unexpected: number;
  /** Post time → receipt, ms, for each expected event received the first time. */
  latencies: number[];
  /** PRESENCE events received, from the subscription's start to the end of the run. */
  presence: number;
  errors: string[];
  /** The subscription errored or was completed by the server. */
  ended: boolean;
  /** The same frames broadcast by a bare `ws` server: how many arrived, and send → receipt, ms. */
  bare: { received: number; latencies: number[] };
}
/** Every subscriber has the last event (or the last bare frame), or the wait is over. */
export interface DrainedMessage {
  kind: 'drained';
  /** One event as a subscriber received it (its `payload`), to broadcast the same frames bare. */
  sample: string | null;
}
/** Asks for the results once the parent has read the children's CPU time. */
export interface ReportMessage {
  kind: 'report';
}
export interface ResultMessage {
  kind: 'result';
  subscribers: SubscriberResult[];
}
export type ParentMessage = StartMessage | FinishMessage | FinishBareMessage | ReportMessage;
export type ChildMessage = ReadyMessage | DrainedMessage | ResultMessage;

/** Wall-clock milliseconds with sub-millisecond precision, comparable between processes of this machine. */
export const now = () => performance.timeOrigin + performance.now();
/** The post's send time travels in its body; `sentAtOf` reads it back. */
export const bodyWithSendTime = (index: number, sentAt: number) =>
  `Contribution de charge n° ${index}, envoyée à ${sentAt.toFixed(3)}`;
/** Stands for the send time in a frame the bare broadcaster stamps as it sends it. */
export const sendTimeMark = '%SENT_AT%';
export const sentAtOf = (body: string | undefined): number | null => {
  const match = /envoyée à (\d+\.\d+)$/.exec(body ?? '');
  return match ? Number(match[1]) : null;
};

/** The board's own subscription document (client/src/routes/workshops/[slug]/live/Board.svelte). */
export const BOARD_EVENTS = /* GraphQL */ `
  subscription BoardEvents($workshopId: ID!, $afterSeq: Int) {
    workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) {
      seq
      type
      contributionId
      mergedIntoId
      voteCount
      connectedCount
      workshop {
        status
        moderationMode
        joinCode
        activePrompt {
          id
          question
        }
      }
      contribution {
        id
        kind
        body
        authorName
        voteCount
        createdAt
        pinned
        addressed
        moderationState
        viewerIsAuthor
        parentId
        themes {
          slug
          name
          nameEn
        }
      }
    }
  }
`;

/** Parent → live-bare.ts: send `frame` to every connected socket, its send time stamped in. */
export interface BroadcastMessage {
  kind: 'broadcast';
  frame: string;
}
/** live-bare.ts → parent: listening on `port`; then, after each broadcast, how many sockets. */
export type BareMessage = { kind: 'listening'; port: number } | { kind: 'sent'; sockets: number };
