import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { PresenceReport } from './presence.js';
import type { StoredEvent } from './stream.kinds.js';

/**
 * What travels between processes: a stored event, who one node has connected to a stream, or word
 * that sessions or rights changed (open sockets must be checked again).
 */
export type LiveMessage = { kind: 'event'; event: StoredEvent } | PresenceReport | { kind: 'access' };

/**
 * Wakes subscribers up. Delivery is best effort (Redis pub/sub drops messages for a listener that
 * is not there): subscribers fill any gap from the `stream_event` table.
 */
export interface LiveBus {
  publish(message: LiveMessage): Promise<void>;
  onMessage(handler: (message: LiveMessage) => void): void;
  close(): Promise<void>;
}

/** One process: an in-memory emitter. */
export class LocalBus implements LiveBus {
  private readonly emitter = new EventEmitter();

  publish(message: LiveMessage): Promise<void> {
    // Asynchronous like Redis, so publishers never run subscriber code inside their own call.
    setImmediate(() => this.emitter.emit('message', message));
    return Promise.resolve();
  }

  onMessage(handler: (message: LiveMessage) => void): void {
    this.emitter.on('message', handler);
  }

  close(): Promise<void> {
    this.emitter.removeAllListeners();
    return Promise.resolve();
  }
}

/** A message as it crosses Redis: stamped with the deployment that sent it. */
interface Envelope {
  instance: string;
  message: LiveMessage;
}

/**
 * Many processes: every node publishes to one Redis channel and hears every message, its own
 * included. The channel is named after the deployment's id (kept in its database), and every
 * message carries that id too: deployments that share a Redis never hear each other, even when
 * their databases have the same name.
 */
export class RedisBus implements LiveBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers: ((message: LiveMessage) => void)[] = [];

  private readonly channel: string;

  private constructor(
    url: string,
    private readonly instanceId: string,
  ) {
    this.channel = `quartierlab:live:${instanceId}`;
    const options = { lazyConnect: true, maxRetriesPerRequest: 3 };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    this.subscriber.on('message', (_channel: string, text: string) => {
      let envelope: Envelope;
      try {
        envelope = JSON.parse(text) as Envelope;
      } catch {
        return console.error('Redis: a live message that is not JSON was ignored.');
      }
      if (envelope?.instance !== this.instanceId || typeof envelope.message !== 'object') return;
      for (const handler of this.handlers) handler(envelope.message);
    });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => console.error(`Redis: ${error.message}`));
    }
  }

  static async connect(url: string, instanceId: string): Promise<RedisBus> {
    const bus = new RedisBus(url, instanceId);
    try {
      await Promise.all([bus.publisher.connect(), bus.subscriber.connect()]);
      await bus.subscriber.subscribe(bus.channel);
    } catch (error) {
      bus.publisher.disconnect();
      bus.subscriber.disconnect();
      throw new Error(`Cannot reach Redis (REDIS_URL): ${(error as Error).message}`);
    }
    return bus;
  }

  async publish(message: LiveMessage): Promise<void> {
    const envelope: Envelope = { instance: this.instanceId, message };
    await this.publisher.publish(this.channel, JSON.stringify(envelope));
  }

  onMessage(handler: (message: LiveMessage) => void): void {
    this.handlers.push(handler);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}
