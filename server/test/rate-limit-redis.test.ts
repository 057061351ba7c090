import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MemoryRateLimitStore, RateLimiter, type RateLimitStore } from '../src/shared/rate-limit.js';
import { RedisRateLimitStore } from '../src/shared/rate-limit.redis.js';
import { AppError } from '../src/shared/errors.js';

/**
 * Two processes' worth of rate limiters — each with its own Redis connection — share one budget
 * per key; in memory, each process has its own. Fails, never skips, without Redis.
 */
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const deployment = randomUUID();

let nodeA: RedisRateLimitStore;
let nodeB: RedisRateLimitStore;
beforeAll(async () => {
  nodeA = await RedisRateLimitStore.connect(redisUrl, deployment);
  nodeB = await RedisRateLimitStore.connect(redisUrl, deployment);
});
afterAll(async () => {
  await nodeA?.close();
  await nodeB?.close();
});

/** Takes `times` uses of `key`, alternating between the limiters; answers how many were allowed. */
async function allowed(limiters: RateLimiter[], key: string, times: number): Promise<number> {
  let ok = 0;
  for (let i = 0; i < times; i++) {
    try {
      await limiters[i % limiters.length]!.take(key);
      ok += 1;
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('RATE_LIMITED');
    }
  }
  return ok;
}

const limitersOn = (stores: RateLimitStore[], max = 5, windowMs = 60_000) =>
  stores.map((store) => new RateLimiter(max, windowMs, 'tries in a test', store));

describe('rate limits kept in Redis', () => {
  it('give one budget per key across two nodes, not one each', async () => {
    const limiters = limitersOn([nodeA, nodeB]);
    expect(await allowed(limiters, 'client-1', 12)).toBe(5);
    // Another key, another budget; another limiter (another `what`), another budget too.
    expect(await allowed(limiters, 'client-2', 3)).toBe(3);
    expect(await allowed([new RateLimiter(5, 60_000, 'other tries', nodeB)], 'client-1', 3)).toBe(3);
  });

  it('say how long to wait, and open a new window when it ends', async () => {
    const limiters = limitersOn([nodeA, nodeB], 2, 400);
    expect(await allowed(limiters, 'client-3', 2)).toBe(2);
    const refused = await limiters[0]!.take('client-3').catch((e: unknown) => e as AppError);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toMatch(/Too many tries in a test: wait 1 s and try again/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await allowed(limiters, 'client-3', 3)).toBe(2);
  });

  it('keep deployments sharing a Redis apart', async () => {
    const elsewhere = await RedisRateLimitStore.connect(redisUrl, randomUUID());
    try {
      expect(await allowed(limitersOn([nodeA]), 'client-4', 5)).toBe(5);
      expect(await allowed(limitersOn([elsewhere]), 'client-4', 5)).toBe(5);
    } finally {
      await elsewhere.close();
    }
  });

  it('count per node in memory while Redis does not answer', async () => {
    const lost = await RedisRateLimitStore.connect(redisUrl, deployment);
    await lost.close();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await allowed(limitersOn([lost]), 'client-5', 8)).toBe(5);
      // Said once, not once per request.
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]![0])).toMatch(/rate limits are counted per node meanwhile/);
    } finally {
      errors.mockRestore();
    }
  });
});

describe('rate limits kept in memory (without REDIS_URL)', () => {
  it('give each process its own budget: the test above can fail', async () => {
    const limiters = limitersOn([new MemoryRateLimitStore(), new MemoryRateLimitStore()]);
    expect(await allowed(limiters, 'client-1', 12)).toBe(10);
    expect(await allowed(limitersOn([new MemoryRateLimitStore()]), 'client-1', 7)).toBe(5);
  });
});
