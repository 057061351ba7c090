import { randomUUID } from 'node:crypto';
import type { LiveBus, LiveMessage } from './live.bus.js';
import { Presence } from './presence.js';
import { streamName, type StoredEvent, type StreamId, type StreamKinds } from './stream.kinds.js';

/** What a listener is handed: a stored event, or the new number of people connected. */
export type LiveSignal = { kind: 'event'; event: StoredEvent } | { kind: 'presence'; count: number };
type Listener = (signal: LiveSignal) => void;
type AccessListener = () => void;

/**
 * Listeners woken per turn of the event loop: a room of thousands is served in slices, so the
 * requests and queries that arrive meanwhile (the post that caused the event) are not held up.
 */
export const fanOutSlice = 25;

interface Room {
  listeners: Set<Listener>;
  /** Signals waiting for their turn: each reaches every listener before the next one starts. */
  queue: LiveSignal[];
  pumping: boolean;
}

/**
 * This process's side of live delivery: who listens to which stream here, what the bus brings,
 * and how many people every node has connected to each stream.
 */
export class LiveHub {
  readonly nodeId = randomUUID();
  private readonly rooms = new Map<string, Room>();
  private readonly accessListeners = new Set<AccessListener>();
  private readonly presence: Presence;

  constructor(
    private readonly bus: LiveBus,
    /** Every feature's event families. */
    readonly kinds: StreamKinds,
  ) {
    this.presence = new Presence(
      this.nodeId,
      (report) => void bus.publish(report).catch((error: unknown) => console.error('Presence not published:', error)),
      (stream, count) => this.notify(stream, { kind: 'presence', count }),
    );
    bus.onMessage((message) => this.receive(message));
  }

  /**
   * Called once the transaction that stored the events has committed; returns at once: the
   * write's answer never waits for its subscribers.
   */
  publish(events: readonly StoredEvent[]): void {
    for (const event of events) {
      this.bus.publish({ kind: 'event', event }).catch((error: unknown) => {
        // The event is stored: subscribers will find it at the next event or reconnection.
        console.error('Live event not published:', error);
      });
    }
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

  /**
   * Registers a listener of a stream, counted in its presence as `who` (see presenceKeyOf);
   * returns the function that unregisters it.
   */
  listen(stream: StreamId, who: string, listener: Listener): () => void {
    const name = streamName(stream);
    let room = this.rooms.get(name);
    if (!room) {
      room = { listeners: new Set(), queue: [], pumping: false };
      this.rooms.set(name, room);
    }
    room.listeners.add(listener);
    this.presence.add(name, who);
    return () => {
      const current = this.rooms.get(name);
      if (!current?.listeners.delete(listener)) return;
      if (current.listeners.size === 0 && !current.pumping) this.rooms.delete(name);
      this.presence.remove(name, who);
    };
  }

  /** People connected to a stream, on every node. */
  connectedCount(stream: StreamId): number {
    return this.presence.count(streamName(stream));
  }

  async close(): Promise<void> {
    this.presence.close();
    this.rooms.clear();
    this.accessListeners.clear();
    await this.bus.close();
  }

  private receive(message: LiveMessage) {
    switch (message.kind) {
      case 'access':
        for (const listener of this.accessListeners) listener();
        return;
      case 'event':
        return this.notify(streamName(message.event.stream), { kind: 'event', event: message.event });
      case 'presence':
        return this.presence.receive(message);
    }
  }

  private notify(name: string, signal: LiveSignal) {
    const room = this.rooms.get(name);
    if (!room) return;
    room.queue.push(signal);
    if (!room.pumping) this.pump(name, room);
  }

  private pump(name: string, room: Room) {
    const signal = room.queue.shift();
    if (!signal) {
      room.pumping = false;
      if (room.listeners.size === 0 && this.rooms.get(name) === room) this.rooms.delete(name);
      return;
    }
    room.pumping = true;
    // Listeners who join during the fan-out read the table first: the event is there already.
    const listeners = [...room.listeners];
    const slice = (from: number) => {
      for (const listener of listeners.slice(from, from + fanOutSlice)) listener(signal);
      if (from + fanOutSlice < listeners.length) setImmediate(() => slice(from + fanOutSlice));
      else setImmediate(() => this.pump(name, room));
    };
    slice(0);
  }
}
