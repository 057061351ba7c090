import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, type Config } from '../config.js';
import { createApp, type App } from '../app.js';
import { createSchema } from '../schema.js';
import { LiveHub } from '../live/live.hub.js';
import { LocalBus, RedisBus } from '../live/live.bus.js';
import { streamKinds } from '../features.js';
import { instanceIdOf } from '../database.js';
import type { Viewer } from '../shared/viewer.js';
import { sessionCookie } from './factories/people.js';

export interface TestServer {
  app: App;
  live: LiveHub;
  url: string;
  wsUrl: string;
  /** A session cookie (`ql_session=…`) standing for this person or guest. */
  cookieFor(viewer: Viewer): Promise<string>;
  stop(): Promise<void>;
}

/** The real HTTP + websocket server on a free port (no site), with its own live hub. */
export async function startTestServer(
  orm: MikroORM,
  options: { redisUrl?: string; config?: Partial<Config> } = {},
): Promise<TestServer> {
  const live = new LiveHub(
    options.redisUrl
      ? await RedisBus.connect(options.redisUrl, await instanceIdOf(orm, options.config?.instanceId))
      : new LocalBus(),
    streamKinds,
  );
  const config = { ...loadConfig({}), port: 0, clientBuildDir: '/nonexistent', ...options.config };
  const app = await createApp(config, orm, await createSchema(), live);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    live,
    url: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    cookieFor: (viewer) => sessionCookie(orm.em.fork(), viewer),
    async stop() {
      await app.stop();
      await live.close();
    },
  };
}
