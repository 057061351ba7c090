/* eslint-disable @typescript-eslint/no-explicit-any -- tests read loosely typed GraphQL results */
import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import WebSocket from 'ws';
import { sleep } from './support-live.js';

/** Every field of a live event, nested contribution fields included (they are read paths too). */
export const EVENT_FIELDS = /* GraphQL */ `
  seq type at contributionId mergedIntoId voteCount connectedCount reason
  contribution {
    id body moderationState hiddenReason reportCount pinned
    parent { id body }
    replies { id body }
  }
  workshop { status moderationMode joinCode activePrompt { id } }
`;
export const WORKSHOP_EVENTS = `subscription($workshopId: ID!, $afterSeq: Int) { workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) { ${EVENT_FIELDS} } }`;
export const QUEUE_EVENTS = `subscription($workshopId: ID!, $afterSeq: Int) { moderationQueueEvents(workshopId: $workshopId, afterSeq: $afterSeq) { ${EVENT_FIELDS} } }`;

/**
 * A graphql-ws client over the `ws` package, sending the session cookie (and any other header,
 * such as Origin) with the upgrade request as a browser would.
 */
export function connect(
  wsUrl: string,
  cookie = '',
  options: Partial<ClientOptions> = {},
  headers: Record<string, string> = {},
): Client {
  const all = { ...headers, ...(cookie ? { cookie } : {}) };
  class CookieSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: all });
    }
  }
  return createClient({ url: wsUrl, webSocketImpl: CookieSocket, retryAttempts: 0, lazy: true, ...options });
}

export interface Collected {
  events: any[];
  errors: any[];
  completed: boolean;
  stop(): void;
  /** Waits until `predicate` holds, failing with what was received after `ms`. */
  until(predicate: (c: Collected) => boolean, what: string, ms?: number): Promise<void>;
}

/** Subscribes and collects what arrives. */
export function collect(client: Client, query: string, variables: Record<string, unknown>): Collected {
  const collected: Collected = {
    events: [],
    errors: [],
    completed: false,
    stop: () => undefined,
    async until(predicate, what, ms = 8000) {
      const start = Date.now();
      while (!predicate(collected)) {
        if (Date.now() - start > ms) {
          throw new Error(
            `Timed out waiting for ${what}: ${collected.events.length} events (last: ${JSON.stringify(
              collected.events.slice(-3),
            )}), errors ${JSON.stringify(collected.errors)}, completed ${collected.completed}`,
          );
        }
        await sleep(15);
      }
    },
  };
  collected.stop = client.subscribe(
    { query, variables },
    {
      next: (value: any) => {
        if (value.errors) collected.errors.push(...value.errors);
        if (value.data) {
          const first = Object.values(value.data)[0];
          if (first) collected.events.push(first);
        }
      },
      error: (error: unknown) => {
        if (Array.isArray(error)) collected.errors.push(...error);
        else collected.errors.push(error);
      },
      complete: () => {
        collected.completed = true;
      },
    },
  );
  return collected;
}

/** Stored events (PRESENCE excluded). */
export const stored = (events: any[]) => events.filter((e) => e.type !== 'PRESENCE');

/** The error code of a GraphQL error (or of a close event's reason, when the socket was closed). */
export function codeOf(error: any): string | undefined {
  return error?.extensions?.code ?? error?.code;
}
