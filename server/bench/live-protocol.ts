// What live.bench.ts and its load generator (live-subscribers.ts) share: the IPC messages, the
// subscription document, and how a post's send time travels in its body.
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
}
export interface FinishMessage {
  kind: 'finish';
  /** The expected events are those numbered firstSeq..lastSeq. */
  firstSeq: number;
  lastSeq: number;
  /** How long to wait for stragglers, in ms. */
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
}
/** Every subscriber has the last event, or the wait is over. */
export interface DrainedMessage {
  kind: 'drained';
}
/** Asks for the results once the parent has read the children's CPU time. */
export interface ReportMessage {
  kind: 'report';
}
export interface ResultMessage {
  kind: 'result';
  subscribers: SubscriberResult[];
}
export type ParentMessage = StartMessage | FinishMessage | ReportMessage;
export type ChildMessage = ReadyMessage | DrainedMessage | ResultMessage;

/** Wall-clock milliseconds with sub-millisecond precision, comparable between processes of this machine. */
export const now = () => performance.timeOrigin + performance.now();
/** The post's send time travels in its body; `sentAtOf` reads it back. */
export const bodyWithSendTime = (index: number, sentAt: number) =>
  `Contribution de charge n° ${index}, envoyée à ${sentAt.toFixed(3)}`;
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
