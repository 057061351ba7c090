import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Client, ClientOptions, Sink } from 'graphql-ws';
import { backoff, openLiveConnection, QUIET_MS, type ConnectionState, type Follow } from './connection';

/** A stand-in for one graphql-ws client: records subscriptions and lets the test drive the socket. */
interface FakeSocket {
  options: ClientOptions;
  payloads: { query: string; variables?: Record<string, unknown> | null }[];
  sinks: Sink[];
  disposed: boolean;
}

function fakeGraphqlWs() {
  const sockets: FakeSocket[] = [];
  const createClient = (options: ClientOptions): Client => {
    const socket: FakeSocket = { options, payloads: [], sinks: [], disposed: false };
    sockets.push(socket);
    return {
      on: () => () => undefined,
      subscribe(payload: FakeSocket['payloads'][number], sink: Sink) {
        socket.payloads.push(payload);
        socket.sinks.push(sink as Sink);
        return () => undefined;
      },
      iterate: () => {
        throw new Error('not used');
      },
      terminate: () => undefined,
      dispose: () => {
        socket.disposed = true;
      },
      [Symbol.dispose]: () => undefined,
    } as unknown as Client;
  };
  const connected = (s: FakeSocket) => (s.options.on?.connected as (() => void) | undefined)?.();
  const closed = (s: FakeSocket) => (s.options.on?.closed as (() => void) | undefined)?.();
  return { sockets, createClient, connected, closed };
}

describe('openLiveConnection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('re-subscribes after the last seq seen on every reconnection, and reports its state', () => {
    const ws = fakeGraphqlWs();
    let lastSeq = 4;
    const received: unknown[] = [];
    const states: ConnectionState[] = [];
    const f: Follow = {
      payload: () => ({ query: 'subscription', variables: { workshopId: 'w', afterSeq: lastSeq } }),
      next: (data) => {
        received.push(data);
        lastSeq += 1;
      },
    };
    const connection = openLiveConnection({
      url: 'ws://test/graphql',
      follows: [f],
      onState: (s) => states.push(s),
      createClient: ws.createClient,
    });

    const first = ws.sockets[0]!;
    expect(first.options.retryAttempts).toBe(0);
    expect(first.payloads[0]?.variables).toEqual({ workshopId: 'w', afterSeq: 4 });
    ws.connected(first);
    expect(states).toEqual(['live']);
    first.sinks[0]!.next({ data: { seq: 5 } });
    first.sinks[0]!.next({ data: { seq: 6 } });

    // the socket drops: no new socket until the backoff has passed
    ws.closed(first);
    expect(states.at(-1)).toBe('reconnecting');
    expect(first.disposed).toBe(true);
    expect(ws.sockets).toHaveLength(1);
    vi.advanceTimersByTime(backoff(0, () => 1));
    expect(ws.sockets).toHaveLength(2);

    const second = ws.sockets[1]!;
    expect(second.payloads[0]?.variables).toEqual({ workshopId: 'w', afterSeq: 6 });
    ws.connected(second);
    second.sinks[0]!.next({ data: { seq: 7 } });
    expect(states.at(-1)).toBe('reconnecting');
    vi.advanceTimersByTime(QUIET_MS);
    expect(states.at(-1)).toBe('caught-up');
    expect(received).toHaveLength(3);

    // events of a socket already replaced are ignored
    first.sinks[0]!.next({ data: { seq: 99 } });
    expect(received).toHaveLength(3);

    connection.close();
    expect(second.disposed).toBe(true);
  });

  it('is caught up as soon as the stream says its replay is over', () => {
    const ws = fakeGraphqlWs();
    const states: ConnectionState[] = [];
    const connection = openLiveConnection({
      url: 'ws://test/graphql',
      follows: [
        {
          payload: () => ({ query: 's', variables: {} }),
          next: () => undefined,
          endsReplay: (data) => (data as { type: string }).type === 'PRESENCE',
        },
      ],
      onState: (s) => states.push(s),
      createClient: ws.createClient,
    });
    ws.connected(ws.sockets[0]!);
    ws.closed(ws.sockets[0]!);
    vi.advanceTimersByTime(1_000);
    const second = ws.sockets[1]!;
    ws.connected(second);
    second.sinks[0]!.next({ data: { type: 'CONTRIBUTION_POSTED' } });
    expect(states.at(-1)).toBe('reconnecting');
    second.sinks[0]!.next({ data: { type: 'PRESENCE' } });
    expect(states).toEqual(['live', 'reconnecting', 'caught-up']);
    connection.close();
  });

  it('retries forever, with a growing but bounded wait', () => {
    const ws = fakeGraphqlWs();
    const connection = openLiveConnection({
      url: 'ws://test/graphql',
      follows: [{ payload: () => ({ query: 's', variables: {} }), next: () => undefined }],
      onState: () => undefined,
      createClient: ws.createClient,
    });
    for (let i = 0; i < 30; i++) {
      ws.sockets.at(-1)!.sinks[0]!.error(new Error('closed'));
      vi.advanceTimersByTime(30_000);
    }
    expect(ws.sockets).toHaveLength(31);
    expect(backoff(0, () => 1)).toBe(500);
    expect(backoff(100, () => 1)).toBe(30_000);
    connection.close();
  });
});
