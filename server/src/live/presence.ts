import { createHash, randomUUID } from 'node:crypto';
import { participantKey, type Viewer } from '../shared/viewer.js';

/** A stream's presence as one node reports it to the others. */
export interface PresenceReport {
  kind: 'presence';
  nodeId: string;
  /** The stream's name (streamName). */
  stream: string;
  /** Anonymous viewers: one per socket, so never the same on two nodes. */
  anonymous: number;
  /** The people and guests connected here, as short hashes: counted once across nodes. */
  people: string[];
}

/** Joins and leaves come in bursts (a room connecting): at most one frame a second per stream. */
export const presenceThrottleMs = 1000;
const refreshMs = 15_000;
/** A node that has not refreshed its report for this long is considered gone. */
const expiryMs = 45_000;
const anonymousPrefix = '~';

/**
 * Who a listener counts as: a person is their person, a guest their guest, wherever and however
 * many times they are connected; an anonymous viewer is their socket.
 */
export function presenceKeyOf(viewer: Viewer, socketId: string | undefined): string {
  return participantKey(viewer) ?? `${anonymousPrefix}${socketId ?? randomUUID()}`;
}

/** Keeps people's ids off the bus, and its messages short. */
const hashOf = (key: string) => createHash('sha1').update(key).digest('base64url').slice(0, 12);

interface LocalStream {
  /** Listeners here per presence key, with the key's hash (null for an anonymous socket). */
  listeners: Map<string, { count: number; hash: string | null }>;
  anonymous: number;
  /** Changed since the last report to the other nodes. */
  dirty: boolean;
}
interface RemoteReport {
  anonymous: number;
  people: Set<string>;
  at: number;
}

/**
 * How many people are connected to each stream, on every node: each node reports its own
 * (anonymous sockets as a number, people as hashes) and counts the union. Changes are gathered
 * for a second, then reported to the other nodes and announced here only if the count moved.
 */
export class Presence {
  private readonly local = new Map<string, LocalStream>();
  private readonly remote = new Map<string, Map<string, RemoteReport>>();
  /** Per stream, per person hash: on how many nodes (this one included) they are connected. */
  private readonly holders = new Map<string, Map<string, number>>();
  private readonly announced = new Map<string, number>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly refresh: NodeJS.Timeout;

  constructor(
    private readonly nodeId: string,
    private readonly report: (message: PresenceReport) => void,
    private readonly announce: (stream: string, count: number) => void,
  ) {
    this.refresh = setInterval(() => this.refreshAll(), refreshMs);
    this.refresh.unref();
  }

  add(stream: string, who: string): void {
    let here = this.local.get(stream);
    if (!here) {
      here = { listeners: new Map(), anonymous: 0, dirty: true };
      this.local.set(stream, here);
    }
    const listener = here.listeners.get(who);
    if (listener) return void (listener.count += 1);
    const hash = who.startsWith(anonymousPrefix) ? null : hashOf(who);
    here.listeners.set(who, { count: 1, hash });
    if (hash) this.hold(stream, hash, 1);
    else here.anonymous += 1;
    here.dirty = true;
    this.schedule(stream);
  }

  remove(stream: string, who: string): void {
    const here = this.local.get(stream);
    const listener = here?.listeners.get(who);
    if (!here || !listener) return;
    if (listener.count > 1) return void (listener.count -= 1);
    here.listeners.delete(who);
    if (listener.hash) this.hold(stream, listener.hash, -1);
    else here.anonymous -= 1;
    here.dirty = true;
    this.schedule(stream);
  }

  /** People connected to the stream, on every node. */
  count(stream: string, now = Date.now()): number {
    let total = (this.local.get(stream)?.anonymous ?? 0) + (this.holders.get(stream)?.size ?? 0);
    for (const report of this.remote.get(stream)?.values() ?? []) {
      if (now - report.at < expiryMs) total += report.anonymous;
    }
    return total;
  }

  receive(message: PresenceReport): void {
    if (message.nodeId === this.nodeId || typeof message.stream !== 'string') return;
    const reports = this.remote.get(message.stream) ?? new Map<string, RemoteReport>();
    this.remote.set(message.stream, reports);
    const before = reports.get(message.nodeId)?.people ?? new Set<string>();
    const people = new Set(Array.isArray(message.people) ? message.people.map(String) : []);
    for (const hash of before) if (!people.has(hash)) this.hold(message.stream, hash, -1);
    for (const hash of people) if (!before.has(hash)) this.hold(message.stream, hash, 1);
    const anonymous = Number.isInteger(message.anonymous) && message.anonymous > 0 ? message.anonymous : 0;
    if (people.size === 0 && anonymous === 0) reports.delete(message.nodeId);
    else reports.set(message.nodeId, { anonymous, people, at: Date.now() });
    if (reports.size === 0) this.remote.delete(message.stream);
    this.schedule(message.stream);
  }

  close(): void {
    clearInterval(this.refresh);
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private hold(stream: string, hash: string, delta: 1 | -1) {
    let counts = this.holders.get(stream);
    if (!counts) {
      counts = new Map();
      this.holders.set(stream, counts);
    }
    const next = (counts.get(hash) ?? 0) + delta;
    if (next > 0) counts.set(hash, next);
    else counts.delete(hash);
    if (counts.size === 0) this.holders.delete(stream);
  }

  private schedule(stream: string) {
    if (this.pending.has(stream)) return;
    const timer = setTimeout(() => {
      this.pending.delete(stream);
      this.flush(stream);
    }, presenceThrottleMs);
    timer.unref();
    this.pending.set(stream, timer);
  }

  private flush(stream: string) {
    const here = this.local.get(stream);
    if (here?.dirty) this.send(stream, here);
    // Nobody listens here (any more): the others have been told, nothing is left to keep.
    if (!here || here.listeners.size === 0) {
      this.local.delete(stream);
      this.announced.delete(stream);
      return;
    }
    const count = this.count(stream);
    if (this.announced.get(stream) === count) return;
    this.announced.set(stream, count);
    this.announce(stream, count);
  }

  private send(stream: string, here: LocalStream) {
    here.dirty = false;
    const people: string[] = [];
    for (const { hash } of here.listeners.values()) if (hash) people.push(hash);
    this.report({ kind: 'presence', nodeId: this.nodeId, stream, anonymous: here.anonymous, people });
  }

  /** Reports stay alive by being repeated; those of nodes that stopped repeating them expire. */
  private refreshAll() {
    const now = Date.now();
    for (const [stream, here] of this.local) this.send(stream, here);
    for (const [stream, reports] of this.remote) {
      for (const [nodeId, report] of reports) {
        if (now - report.at < expiryMs) continue;
        for (const hash of report.people) this.hold(stream, hash, -1);
        reports.delete(nodeId);
        this.schedule(stream);
      }
      if (reports.size === 0) this.remote.delete(stream);
    }
  }
}
