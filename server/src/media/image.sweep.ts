import type { MikroORM } from '@mikro-orm/postgresql';
import { Image } from './image.entity.js';

/** An image sent but never used by any content for this long is removed (a form abandoned after its upload). */
export const unattachedLifetimeMs = 24 * 60 * 60_000;
const everyMs = 60 * 60_000;

/** Removes the images never attached for over a day, with their renditions (cascade). Answers how many. */
export async function sweepUnattachedImages(orm: MikroORM, now = new Date()): Promise<number> {
  return orm.em.fork().nativeDelete(Image, {
    attachedAt: null,
    isPublic: false,
    createdAt: { $lt: new Date(now.getTime() - unattachedLifetimeMs) },
  });
}

/** At start-up, then every hour, in the background: a failed sweep is logged and tried again next time. */
export function startImageSweep(orm: MikroORM): { stop(): void } {
  const run = () =>
    void sweepUnattachedImages(orm).catch((error: unknown) =>
      console.error(`Image sweep failed: ${(error as Error).message}`),
    );
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
