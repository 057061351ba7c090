// Wiring only: configuration → database → schema → HTTP and websocket server.
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { instanceIdOf, DatabaseLockedError, migrate, openDatabase } from './database.js';
import { createSchema } from './schema.js';
import { createApp } from './app.js';
import { seedIfEmpty } from './seeding/seed.service.js';
import { LiveHub } from './live/live.hub.js';
import { LocalBus, RedisBus } from './live/live.bus.js';
import { streamKinds } from './features.js';
import { MemoryRateLimitStore, useRateLimitStore } from './shared/rate-limit.js';
import { RedisRateLimitStore } from './shared/rate-limit.redis.js';

async function main() {
  const config = loadConfig();
  const db = await openDatabase(config);
  let stopping = false;
  try {
    await migrate(db.orm);
    if (config.seedOnStart && (await seedIfEmpty(db.orm))) console.log('Empty database: loaded the seed content.');
    const schema = await createSchema();
    const live = new LiveHub(
      config.redisUrl
        ? await RedisBus.connect(config.redisUrl, await instanceIdOf(db.orm, config.instanceId))
        : new LocalBus(),
      streamKinds,
    );
    // Rate limits too: with Redis, one budget across every node instead of one per node.
    const limits = config.redisUrl
      ? await RedisRateLimitStore.connect(config.redisUrl, await instanceIdOf(db.orm, config.instanceId))
      : new MemoryRateLimitStore();
    useRateLimitStore(limits);
    const app = await createApp(config, db.orm, schema, live);
    await new Promise<void>((resolve, reject) => {
      app.server.once('error', reject);
      app.server.listen(config.port, config.host, resolve);
    });
    const where = [
      db.mode === 'embedded' ? `embedded database in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)',
      config.redisUrl ? 'live events and rate limits through Redis' : '',
    ]
      .filter(Boolean)
      .join(', ');
    console.log(`QuartierLab listening on http://localhost:${config.port} — ${where}`);

    const shutdown = (signal: string) => {
      if (stopping) {
        console.warn('Forced exit.');
        process.exit(1);
      }
      stopping = true;
      console.log(`${signal} received: shutting down…`);
      app
        .stop()
        .then(() => live.close())
        .then(() => limits.close())
        .then(() => db.close())
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          console.error(error);
          process.exit(1);
        });
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseLockedError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
