import { stringifyDocument, type TypedDocumentNode } from '@urql/core';
import { createClient, type Client, type ClientOptions, type Sink } from 'graphql-ws';

/**
 * What the page shows: `connecting` until the first connection, `live` once following,
 * `reconnecting` after a drop, `caught-up` when the reconnection has replayed what was missed.
 */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'caught-up';

/** One subscription kept alive across reconnections. */
export interface Follow {
  payload(): { query: string; variables: Record<string, unknown> };
  next(data: unknown): void;
  /** Whether this result ends the replay (the server sends presence once it has replayed). */
  endsReplay?(data: unknown): boolean;
}

/**
 * A subscription to a workshop's numbered events. Each (re)subscription asks for the events
 * after the last seq the page applied, so the server replays exactly what was missed.
 */
export function follow<Data, Variables extends Record<string, unknown>>(spec: {
  document: TypedDocumentNode<Data, Variables>;
  variables: (afterSeq: number) => Variables;
  lastSeq: () => number;
  onData: (data: Data) => void;
  endsReplay?: (data: Data) => boolean;
}): Follow {
  const query = stringifyDocument(spec.document);
  const endsReplay = spec.endsReplay;
  return {
    payload: () => ({ query, variables: spec.variables(spec.lastSeq()) }),
    next: (data) => spec.onData(data as Data),
    ...(endsReplay ? { endsReplay: (data: unknown) => endsReplay(data as Data) } : {}),
  };
}

export interface LiveConnectionOptions {
  url: string;
  follows: readonly Follow[];
  onState: (state: ConnectionState) => void;
  /** For tests: a stand-in for graphql-ws. */
  createClient?: (options: ClientOptions) => Client;
}

export interface LiveConnection {
  close(): void;
}

/** A ping every 10 s; a socket that does not answer within 4 s is dead (a phone that lost its network). */
const KEEP_ALIVE_MS = 10_000;
const PONG_TIMEOUT_MS = 4_000;
/**
 * After a reconnection, this long without a replayed event means the replay is over (for a
 * stream that sends no presence to say so).
 */
export const QUIET_MS = 800;
const MAX_BACKOFF_MS = 30_000;

export function backoff(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt);
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** The websocket URL of the API on this page's origin. */
export function liveUrl(location: Location): string {
  const url = new URL('/graphql', location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/**
 * Opens graphql-ws and keeps it open forever, with backoff. graphql-ws's own retry is off:
 * it would re-send each subscription with its first variables, while we want every
 * reconnection to start after the last seq seen.
 */
export function openLiveConnection(options: LiveConnectionOptions): LiveConnection {
  const make = options.createClient ?? createClient;
  let state: ConnectionState = 'connecting';
  let everConnected = false;
  let attempt = 0;
  let closed = false;
  /** Tears down the current socket; callbacks of a torn-down socket are ignored. */
  let teardown: (() => void) | null = null;
  /** Drops the current socket as lost (then reconnects with backoff). */
  let drop: (() => void) | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;

  const setState = (next: ConnectionState) => {
    if (next === state) return;
    state = next;
    options.onState(next);
  };

  const armQuiet = () => {
    clearTimeout(quietTimer);
    quietTimer = setTimeout(() => {
      if (state === 'reconnecting') setState('caught-up');
    }, QUIET_MS);
  };

  const retryNow = () => {
    if (closed || teardown || retryTimer === undefined) return;
    clearTimeout(retryTimer);
    retryTimer = undefined;
    connect();
  };

  function connect() {
    let current = true;
    let pongTimer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribes: (() => void)[] = [];

    const client = make({
      url: options.url,
      lazy: true,
      retryAttempts: 0,
      keepAlive: KEEP_ALIVE_MS,
      on: {
        connected: () => {
          if (!current) return;
          attempt = 0;
          if (!everConnected) {
            everConnected = true;
            setState('live');
          } else {
            armQuiet();
          }
        },
        ping: (received) => {
          if (!current || received) return;
          clearTimeout(pongTimer);
          pongTimer = setTimeout(() => client.terminate(), PONG_TIMEOUT_MS);
        },
        pong: (received) => {
          if (received) clearTimeout(pongTimer);
        },
        closed: () => lost(),
      },
    });

    const stop = () => {
      current = false;
      clearTimeout(pongTimer);
      for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
      // A socket that never opened makes dispose reject with its close event: nothing to report.
      Promise.resolve(client.dispose()).catch(() => undefined);
    };

    // The socket closed, or the server ended or refused a subscription: start again later.
    const lost = () => {
      if (!current) return;
      stop();
      teardown = null;
      drop = null;
      if (closed) return;
      clearTimeout(quietTimer);
      setState('reconnecting');
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        connect();
      }, backoff(attempt++));
    };

    teardown = stop;
    drop = () => client.terminate();
    for (const f of options.follows) {
      const sink: Sink<{ data?: unknown }> = {
        next: (result) => {
          if (!current || !result.data) return;
          f.next(result.data);
          if (state !== 'reconnecting') return;
          if (f.endsReplay?.(result.data)) {
            clearTimeout(quietTimer);
            setState('caught-up');
          } else armQuiet();
        },
        error: () => lost(),
        complete: () => lost(),
      };
      unsubscribes.push(client.subscribe(f.payload(), sink));
    }
  }

  // The browser knows before any ping when the network goes or comes back.
  const onOnline = () => retryNow();
  const onOffline = () => drop?.();
  if (typeof window !== 'undefined') {
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
  }
  connect();

  return {
    close() {
      closed = true;
      clearTimeout(retryTimer);
      clearTimeout(quietTimer);
      teardown?.();
      teardown = null;
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('offline', onOffline);
      }
    },
  };
}
