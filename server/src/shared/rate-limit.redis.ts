import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { MemoryRateLimitStore, type RateLimitStore } from './rate-limit.js';

// One round trip, atomic: the first use of a window opens it (sets its expiry); every use counts.
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('PTTL', KEYS[1])}
`;

type Hit = (key: string, windowMs: number) => Promise<[number, number]>;

/**
 * Counters in Redis, shared by every node of a deployment (REDIS_URL): N nodes give one budget,
 * not N. Keys are named after the deployment's id and hashed (no address or email in Redis). When
 * Redis does not answer, this node counts alone in memory until it answers again: limits stay, per
 * node, rather than refusing every request or none.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly fallback = new MemoryRateLimitStore();
  private degraded = false;

  private constructor(
    private readonly redis: Redis & { rateLimitHit: Hit },
    private readonly prefix: string,
  ) {}

  static async connect(url: string, instanceId: string): Promise<RedisRateLimitStore> {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, commandTimeout: 1000 });
    redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: HIT });
    redis.on('error', () => undefined); // Reported once per outage by `hit`.
    try {
      await redis.connect();
    } catch (error) {
      redis.disconnect();
      throw new Error(`Cannot reach Redis (REDIS_URL) for rate limits: ${(error as Error).message}`);
    }
    return new RedisRateLimitStore(redis as Redis & { rateLimitHit: Hit }, `quartierlab:rate:${instanceId}:`);
  }

  async hit(key: string, windowMs: number) {
    const hashed = this.prefix + createHash('sha256').update(key).digest('base64url');
    try {
      const [count, msLeft] = await this.redis.rateLimitHit(hashed, windowMs);
      if (this.degraded) console.log('Redis answers again: rate limits are shared by every node.');
      this.degraded = false;
      return { count, msLeft };
    } catch (error) {
      if (!this.degraded) {
        console.error(`Redis: ${(error as Error).message}; rate limits are counted per node meanwhile.`);
      }
      this.degraded = true;
      return this.fallback.hit(key, windowMs);
    }
  }

  async close() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
