import { AppError } from './errors.js';

/**
 * Fixed-window counters per key, in this process's memory: enough to stop a runaway client or
 * script. (Per process: with N nodes behind a balancer a client gets up to N× the budget.)
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly what: string,
  ) {}

  /** Counts one use of `key`; throws when its budget for the window is spent. */
  take(key: string, now = Date.now()): void {
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 50_000) this.sweep(now);
      this.windows.set(key, { start: now, count: 1 });
      return;
    }
    window.count += 1;
    if (window.count > this.max) {
      const seconds = Math.ceil((window.start + this.windowMs - now) / 1000);
      throw new AppError('RATE_LIMITED', `Too many ${this.what}: wait ${seconds} s and try again.`, {
        retryAfterSeconds: seconds,
      });
    }
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
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
