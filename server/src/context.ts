import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './shared/viewer.js';
import { noRequest, type Context, type Loaders, type RequestInfo } from './shared/context.js';
import type { LiveHub } from './live/live.hub.js';
import { logMailer, type Mailer } from './mail/mailer.js';
import { createLoaders } from './features.js';

/** In-process callers (tests, tools) write mail to the log, with links to the default local site. */
const localMail = logMailer('http://localhost:3000');

/** Loaders created on first use. */
function lazyLoaders(create: () => Loaders): Loaders {
  let loaders: Loaders | undefined;
  return new Proxy({} as Loaders, {
    get: (_target, key) => (loaders ??= create())[key as keyof Loaders],
  });
}

/** A context for one request or socket operation: a fork of the unit of work, fresh loaders. */
export function createContext(
  em: EntityManager,
  viewer: Viewer,
  live: LiveHub,
  request: RequestInfo = noRequest,
  mail: Mailer = localMail,
): Context {
  // Forked on first use: a subscription's context lives as long as its socket and rarely writes.
  let fork: EntityManager | undefined;
  const knex = em.getKnex();
  const context: Context = {
    viewer,
    get em() {
      return (fork ??= em.fork());
    },
    knex,
    loaders: createLoaders(knex, viewer),
    // For the viewer of the moment: signing in or joining answers the rest of the operation for the new session.
    freshLoaders: () => lazyLoaders(() => createLoaders(knex, context.viewer)),
    live,
    request,
    mail,
  };
  return context;
}
