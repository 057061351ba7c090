import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { instanceIdOf } from '../src/database.js';
import { openLive, post, unique, type Live } from './support-live.js';
import { WORKSHOP_EVENTS, collect, connect, stored } from './support-ws.js';

/**
 * Two deployments — two databases, built alike so their workshops have the same ids, and (on the
 * embedded database) the same database name — share one Redis, as staging and production or two
 * cities might. Neither may hear the other. Fails, never skips, without Redis.
 */
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

let first: Live;
let second: Live;

beforeAll(async () => {
  first = await openLive({ mode: 'OPEN', redisUrl, key: 'deployments' });
  second = await openLive({ mode: 'OPEN', redisUrl, key: 'deployments' });
}, 120_000);
afterAll(async () => {
  await first?.close();
  await second?.close();
});

describe('deployments sharing a Redis', () => {
  it('have different instance ids, kept across restarts', async () => {
    const [a, b] = [await instanceIdOf(first.orm, undefined), await instanceIdOf(second.orm, undefined)];
    expect(a).not.toBe(b);
    expect(await instanceIdOf(first.orm, undefined)).toBe(a);
    expect(first.workshopId).toBe(second.workshopId);
  });

  it('never hear each other’s events', async () => {
    const own = collect(connect(first.server!.wsUrl), WORKSHOP_EVENTS, {
      workshopId: first.workshopId,
      afterSeq: null,
    });
    const foreign = collect(connect(second.server!.wsUrl), WORKSHOP_EVENTS, {
      workshopId: second.workshopId,
      afterSeq: null,
    });
    await own.until((s) => s.events.length > 0, 'the first deployment’s stream');
    await foreign.until((s) => s.events.length > 0, 'the second deployment’s stream');
    const body = unique('only in the first deployment');
    await post(first, first.viewers.guest, body);
    await own.until((s) => JSON.stringify(s.events).includes(body), 'its own subscriber hearing it');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(JSON.stringify(foreign.events)).not.toContain(body);
    expect(stored(foreign.events)).toEqual([]);
    own.stop();
    foreign.stop();
  });

  it('drop a message stamped by another deployment, even on their own channel', async () => {
    const instance = await instanceIdOf(second.orm, undefined);
    const viewer = collect(connect(second.server!.wsUrl), WORKSHOP_EVENTS, {
      workshopId: second.workshopId,
      afterSeq: null,
    });
    await viewer.until((s) => s.events.length > 0, 'the stream');
    const redis = new Redis(redisUrl);
    const workshopId = Buffer.from(second.workshopId, 'base64url').toString().split(':')[1]!;
    const presence = (stamp: string, count: number) =>
      JSON.stringify({
        instance: stamp,
        message: {
          kind: 'presence',
          nodeId: unique('node'),
          stream: `workshop:${workshopId}`,
          anonymous: count,
          people: [],
        },
      });
    try {
      await redis.publish(`quartierlab:live:${instance}`, presence('another-deployment', 500));
      await redis.publish(`quartierlab:live:${instance}`, 'not json');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(viewer.events.some((e: { connectedCount: number }) => e.connectedCount >= 500)).toBe(false);
      // The same message stamped by this deployment is heard: the check above is not vacuous.
      await redis.publish(`quartierlab:live:${instance}`, presence(instance, 500));
      await viewer.until(
        (s) => s.events.some((e: { connectedCount: number }) => e.connectedCount >= 500),
        'a presence stamped by this deployment',
      );
    } finally {
      viewer.stop();
      redis.disconnect();
    }
  });
});
