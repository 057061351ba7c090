import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'graphql';
import type { Client, ClientOptions, Sink } from 'graphql-ws';
import { makeFragmentData } from '$lib/graphql/generated';
import {
  followWorkshop,
  LiveStart_Workshop,
  type LiveChange,
  type WorkshopEventsDocument,
} from './follow-workshop.svelte';
import { boardOrder, type ListRules } from './reducer';

interface Item {
  id: string;
  pinned: boolean;
  voteCount: number;
  createdAt: string;
  state: string;
}

const item = (id: string, patch: Partial<Item> = {}): Item => ({
  id,
  pinned: false,
  voteCount: 0,
  createdAt: '2025-10-14T10:00:00.000Z',
  state: 'PUBLISHED',
  ...patch,
});
const rules: ListRules<Item> = { keep: (i) => i.state === 'PUBLISHED', compare: boardOrder };

// At run time a document is only sent; what the types say of it is the page's business.
const document = parse(`subscription S($workshopId: ID!, $afterSeq: Int) {
  workshopEvents(workshopId: $workshopId, afterSeq: $afterSeq) { seq }
}`) as unknown as WorkshopEventsDocument<Item>;
const fragment = parse('fragment F on Contribution { id }') as never;

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

const start = makeFragmentData(
  {
    id: 'W1',
    lastSeq: 10,
    connectedCount: 3,
    status: 'LIVE',
    moderationMode: 'STRICT',
    joinCode: null,
    activePrompt: null,
  },
  LiveStart_Workshop,
);

describe('followWorkshop', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', {
      location: new URL('https://quartierlab.test/workshops/w/live'),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('starts from the page, applies the stream, and resumes after the last seq applied', () => {
    const ws = fakeSockets();
    const changes: LiveChange<Item>[] = [];
    const live = followWorkshop({
      document,
      item: fragment,
      workshop: start,
      items: [item('a'), item('queued', { state: 'PENDING' })],
      rules,
      onChange: (change) => changes.push(change),
      createClient: ws.createClient,
    });
    expect(live.items.map((i) => i.id)).toEqual(['a']);
    expect(live.workshop.status).toBe('LIVE');

    const close = live.open();
    const first = ws.sockets[0]!;
    expect(first.options.url).toBe('wss://quartierlab.test/graphql');
    expect(first.variables[0]).toEqual({ workshopId: 'W1', afterSeq: 10 });
    expect(live.connection).toBe('connecting');

    first.sinks[0]!.next({
      data: { workshopEvents: { seq: 11, type: 'CONTRIBUTION_POSTED', contribution: item('b', { voteCount: 2 }) } },
    });
    first.sinks[0]!.next({
      data: { workshopEvents: { seq: 12, type: 'WORKSHOP_STATUS_CHANGED', workshop: { status: 'PAUSED' } } },
    });
    expect(live.items.map((i) => i.id)).toEqual(['b', 'a']);
    expect(live.workshop.status).toBe('PAUSED');
    expect(changes.map((c) => [c.before.length, c.after.length])).toEqual([
      [1, 2],
      [2, 2],
    ]);

    // The socket drops: the next one asks for what follows seq 12.
    (first.options.on?.closed as () => void)();
    expect(live.connection).toBe('reconnecting');
    vi.advanceTimersByTime(1_000);
    expect(ws.sockets[1]!.variables[0]).toEqual({ workshopId: 'W1', afterSeq: 12 });
    close();
  });

  it('adds what the viewer posted and takes out what they withdrew', () => {
    const live = followWorkshop({ document, item: fragment, workshop: start, items: [item('a')], rules });
    live.insert(item('mine'));
    expect(live.items.map((i) => i.id)).toContain('mine');
    live.forget('a');
    expect(live.items.map((i) => i.id)).toEqual(['mine']);
  });
});
