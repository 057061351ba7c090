import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '../shared/viewer.js';
import { Presence, presenceKeyOf, presenceThrottleMs, type PresenceReport } from './presence.js';

const person = (personId: string): Viewer => ({
  kind: 'person',
  personId,
  role: 'RESIDENT' as Extract<Viewer, { kind: 'person' }>['role'],
  displayName: personId,
  coordinates: new Set(),
  diagnoses: new Set(),
});
const guest = (guestId: string): Viewer => ({ kind: 'guest', guestId, workshopId: 'w', displayName: guestId });
const anonymous: Viewer = { kind: 'anonymous' };
const room = 'workshop:w';

/** Nodes whose reports reach each other, and what each announced to its listeners. */
function cluster(size: number) {
  const announced: number[][] = Array.from({ length: size }, () => []);
  const nodes: Presence[] = [];
  for (let i = 0; i < size; i++) {
    nodes.push(
      new Presence(
        `node-${i}`,
        (report: PresenceReport) => nodes.forEach((node) => node.receive(structuredClone(report))),
        (_stream, count) => announced[i]!.push(count),
      ),
    );
  }
  return { nodes, announced };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('presence', () => {
  it('counts people, not sockets: a person or a guest once however many times connected, an anonymous viewer per socket', () => {
    const { nodes } = cluster(1);
    const here = nodes[0]!;
    // A coordinator with the console (two subscriptions on one socket) and the wall open.
    here.add(room, presenceKeyOf(person('coordinator'), 'socket-1'));
    here.add(room, presenceKeyOf(person('coordinator'), 'socket-1'));
    here.add(room, presenceKeyOf(person('coordinator'), 'socket-2'));
    here.add(room, presenceKeyOf(guest('samia'), 'socket-3'));
    here.add(room, presenceKeyOf(anonymous, 'socket-4'));
    here.add(room, presenceKeyOf(anonymous, 'socket-4'));
    here.add(room, presenceKeyOf(anonymous, 'socket-5'));
    expect(here.count(room)).toBe(4);
    here.remove(room, presenceKeyOf(person('coordinator'), 'socket-2'));
    expect(here.count(room)).toBe(4);
    here.remove(room, presenceKeyOf(anonymous, 'socket-4'));
    here.remove(room, presenceKeyOf(anonymous, 'socket-4'));
    expect(here.count(room)).toBe(3);
    expect(here.count('workshop:other')).toBe(0);
    here.close();
  });

  it('counts a person connected to two nodes once, and each node’s anonymous sockets', () => {
    const { nodes, announced } = cluster(2);
    const [a, b] = nodes as [Presence, Presence];
    // Reports cross while each node gathers its own changes: the count settles within two rounds.
    const settle = () => vi.advanceTimersByTime(presenceThrottleMs * 2);
    a.add(room, presenceKeyOf(person('ana'), 'a-1'));
    b.add(room, presenceKeyOf(person('ana'), 'b-1'));
    b.add(room, presenceKeyOf(guest('bob'), 'b-2'));
    a.add(room, presenceKeyOf(anonymous, 'a-2'));
    b.add(room, presenceKeyOf(anonymous, 'b-3'));
    settle();
    expect([a.count(room), b.count(room)]).toEqual([4, 4]);
    expect(announced.map((counts) => counts.at(-1))).toEqual([4, 4]);
    // Ana leaves node B: she is still on node A.
    b.remove(room, presenceKeyOf(person('ana'), 'b-1'));
    settle();
    expect([a.count(room), b.count(room)]).toEqual([4, 4]);
    a.remove(room, presenceKeyOf(person('ana'), 'a-1'));
    settle();
    expect([a.count(room), b.count(room)]).toEqual([3, 3]);
    expect(announced.map((counts) => counts.at(-1))).toEqual([3, 3]);
    nodes.forEach((node) => node.close());
  });

  it('announces at most once a second, and only when the count changed', () => {
    const { nodes, announced } = cluster(1);
    const here = nodes[0]!;
    // A room connecting: a hundred people within the same second.
    for (let i = 0; i < 100; i++) here.add(room, presenceKeyOf(guest(`g${i}`), `s${i}`));
    expect(announced[0]).toEqual([]);
    vi.advanceTimersByTime(presenceThrottleMs);
    expect(announced[0]).toEqual([100]);
    // Someone reloads the page: gone and back within the second, the count did not move.
    here.remove(room, presenceKeyOf(guest('g0'), 's0'));
    here.add(room, presenceKeyOf(guest('g0'), 's0-again'));
    vi.advanceTimersByTime(presenceThrottleMs * 5);
    expect(announced[0]).toEqual([100]);
    // Many changes within one second: one announcement.
    for (let i = 0; i < 10; i++) here.add(room, presenceKeyOf(anonymous, `a${i}`));
    for (let i = 1; i < 5; i++) here.remove(room, presenceKeyOf(guest(`g${i}`), `s${i}`));
    vi.advanceTimersByTime(presenceThrottleMs);
    expect(announced[0]).toEqual([100, 106]);
    here.close();
  });

  it('forgets a node that stopped reporting', () => {
    const { nodes } = cluster(1);
    const here = nodes[0]!;
    here.add(room, presenceKeyOf(person('ana'), 's'));
    here.receive({ kind: 'presence', nodeId: 'gone', stream: room, anonymous: 3, people: ['someone'] });
    expect(here.count(room)).toBe(5);
    vi.advanceTimersByTime(60_000);
    expect(here.count(room)).toBe(1);
    here.close();
  });
});
