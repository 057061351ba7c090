import { randomUUID } from 'node:crypto';
import type { LiveBus, LiveMessage } from './live.bus.js';
import type { StoredEvent } from './live.types.js';

/** What a listener is handed: a stored event, or the new number of people connected. */
export type LiveSignal = { kind: 'event'; event: StoredEvent } | { kind: 'presence'; count: number };
type Listener = (signal: LiveSignal) => void;
type AccessListener = () => void;

const presenceDebounceMs = 1000;
const presenceRefreshMs = 15_000;
/** A node that has not refreshed its counts for this long is considered gone. */
const presenceExpiryMs = 45_000;

/**
 * This process's side of live delivery: who listens to which workshop here, what the bus brings,
 * and how many viewers every node reports for each workshop.
 */
export class LiveHub {
  readonly nodeId = randomUUID();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly remote = new Map<string, Map<string, { count: number; at: number }>>();
  private readonly pendingPresence = new Map<string, NodeJS.Timeout>();
  private readonly lastPresence = new Map<string, number>();
  private readonly accessListeners = new Set<AccessListener>();
  private readonly refresh: NodeJS.Timeout;

  constructor(private readonly bus: LiveBus) {
    bus.onMessage((message) => this.receive(message));
    this.refresh = setInterval(() => {
      for (const workshopId of this.listeners.keys()) this.announcePresence(workshopId);
    }, presenceRefreshMs);
    this.refresh.unref();
  }

  /** Called after the transaction that stored the event has committed. */
  publish(event: StoredEvent): Promise<void> {
    return this.bus.publish({ kind: 'event', event }).catch((error: unknown) => {
      // The event is stored: subscribers will find it at the next event or reconnection.
      console.error('Live event not published:', error);
    });
  }

  /**
   * Tells every node that sessions or rights changed (a sign-out, a new role, a coordinator taken
   * off a workshop): each checks its open sockets again at once instead of at its next sweep.
   */
  announceAccessChange(): Promise<void> {
    return this.bus.publish({ kind: 'access' }).catch((error: unknown) => {
      // Sockets are swept periodically anyway: the change takes effect a little later.
      console.error('Access change not published:', error);
    });
  }

  /** Called on this node whenever any node announces an access change. */
  onAccessChange(listener: AccessListener): () => void {
    this.accessListeners.add(listener);
    return () => this.accessListeners.delete(listener);
  }

  /** Registers a viewer of a workshop's stream; returns the function that unregisters it. */
  listen(workshopId: string, listener: Listener): () => void {
    let set = this.listeners.get(workshopId);
    if (!set) {
      set = new Set();
      this.listeners.set(workshopId, set);
    }
    set.add(listener);
    this.schedulePresence(workshopId);
    return () => {
      const current = this.listeners.get(workshopId);
      if (!current?.delete(listener)) return;
      if (current.size === 0) this.listeners.delete(workshopId);
      this.schedulePresence(workshopId);
    };
  }

  /** Viewers connected to a workshop's stream, on every node. */
  connectedCount(workshopId: string, now = Date.now()): number {
    let total = this.listeners.get(workshopId)?.size ?? 0;
    for (const [nodeId, counts] of this.remote) {
      if (nodeId === this.nodeId) continue;
      const entry = counts.get(workshopId);
      if (entry && now - entry.at < presenceExpiryMs) total += entry.count;
    }
    return total;
  }

  async close(): Promise<void> {
    clearInterval(this.refresh);
    for (const timer of this.pendingPresence.values()) clearTimeout(timer);
    this.pendingPresence.clear();
    this.listeners.clear();
    this.accessListeners.clear();
    await this.bus.close();
  }

  private receive(message: LiveMessage) {
    if (message.kind === 'access') {
      for (const listener of this.accessListeners) listener();
      return;
    }
    if (message.kind === 'event') {
      this.notify(message.event.workshopId, { kind: 'event', event: message.event });
      return;
    }
    if (message.nodeId !== this.nodeId) {
      let counts = this.remote.get(message.nodeId);
      if (!counts) {
        counts = new Map();
        this.remote.set(message.nodeId, counts);
      }
      counts.set(message.workshopId, { count: message.count, at: Date.now() });
    }
    // Nodes re-announce their counts periodically: only a change is worth a message to everyone.
    const count = this.connectedCount(message.workshopId);
    if (this.lastPresence.get(message.workshopId) === count) return;
    this.lastPresence.set(message.workshopId, count);
    this.notify(message.workshopId, { kind: 'presence', count });
  }

  private notify(workshopId: string, signal: LiveSignal) {
    const set = this.listeners.get(workshopId);
    if (!set) return;
    for (const listener of set) listener(signal);
  }

  /** Joins and leaves come in bursts (a room connecting): announce at most once a second. */
  private schedulePresence(workshopId: string) {
    if (this.pendingPresence.has(workshopId)) return;
    const timer = setTimeout(() => {
      this.pendingPresence.delete(workshopId);
      this.announcePresence(workshopId);
    }, presenceDebounceMs);
    timer.unref();
    this.pendingPresence.set(workshopId, timer);
  }

  private announcePresence(workshopId: string) {
    const count = this.listeners.get(workshopId)?.size ?? 0;
    void this.bus
      .publish({ kind: 'presence', nodeId: this.nodeId, workshopId, count })
      .catch((error: unknown) => console.error('Presence not published:', error));
  }
}
