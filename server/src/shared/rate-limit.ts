import { AppError } from './errors.js';

/** Where the counts are kept: this process's memory, or a Redis that every node shares. */
export interface RateLimitStore {
  /**
   * Counts one use of `key` in its fixed window of `windowMs`, opened by the window's first use.
   * Answers the count so far and the time left before the window ends.
   */
  hit(key: string, windowMs: number): Promise<{ count: number; msLeft: number }>;
  close(): Promise<void>;
}

/** Counters in this process's memory. (With N nodes behind a balancer, a client gets up to N× the budget.) */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { end: number; count: number }>();

  hit(key: string, windowMs: number) {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || now >= window.end) {
      if (this.windows.size > 50_000) this.sweep(now);
      window = { end: now + windowMs, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return Promise.resolve({ count: window.count, msLeft: window.end - now });
  }

  close() {
    this.windows.clear();
    return Promise.resolve();
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (now >= window.end) this.windows.delete(key);
  }
}

let shared: RateLimitStore = new MemoryRateLimitStore();

/** Keeps the counts of every limiter without a store of its own in `store` from now on. */
export function useRateLimitStore(store: RateLimitStore): void {
  shared = store;
}

/** A budget of `max` uses per key and window: enough to stop a runaway client or script. */
export class RateLimiter {
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    /** What is counted, in the refusal ("Too many …"); it also keeps this limiter's keys apart from the others'. */
    private readonly what: string,
    /** Its own store (tests); else the one `useRateLimitStore` set. */
    private readonly store?: RateLimitStore,
  ) {}

  /** Counts one use of `key`; throws RATE_LIMITED when its budget for the window is spent. */
  async take(key: string): Promise<void> {
    const { count, msLeft } = await (this.store ?? shared).hit(`${this.what}\u0000${key}`, this.windowMs);
    if (count <= this.max) return;
    const seconds = Math.max(1, Math.ceil(msLeft / 1000));
    throw new AppError('RATE_LIMITED', `Too many ${this.what}: wait ${seconds} s and try again.`, {
      retryAfterSeconds: seconds,
    });
  }
}

export const rateLimits = {
  /** Joining by code, per client address: stops guessing codes. */
  join: new RateLimiter(30, 10 * 60_000, 'attempts to join a workshop'),
  /** Looking a workshop up by its code, per client address: the join page does it once per try. */
  codeLookup: new RateLimiter(30, 10 * 60_000, 'workshop code look-ups'),
  signUp: new RateLimiter(10, 60 * 60_000, 'sign-ups from this address'),
  /** Posting, per participant. */
  post: new RateLimiter(10, 60_000, 'contributions in a minute'),
  /** Votes and reports, per participant. */
  react: new RateLimiter(120, 60_000, 'votes or reports in a minute'),
};
