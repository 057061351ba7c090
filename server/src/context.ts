import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Viewer } from './shared/viewer.js';
import type { LiveHub } from './live/live.hub.js';
import type { Locale } from './shared/payload.js';
import { logMailer, type Mailer } from './mail/mailer.js';

/** In-process callers (tests, tools) write mail to the log, with links to the default local site. */
const localMail = logMailer('http://localhost:3000');
import { createTerritoryLoaders } from './territories/territory.loaders.js';
import { createOrganizationLoaders } from './organizations/organization.loaders.js';
import { createWorkshopLoaders } from './workshops/workshop.loaders.js';
import { createContributionLoaders } from './contributions/contribution.loaders.js';
import { createDiagnosisLoaders } from './diagnosis/diagnosis.loaders.js';
import { createStoryLoaders } from './stories/story.loaders.js';
import { createPortraitLoaders } from './portraits/portrait.loaders.js';

export function createLoaders(knex: Knex, viewer: Viewer) {
  return {
    ...createTerritoryLoaders(knex, viewer),
    ...createOrganizationLoaders(knex, viewer),
    ...createWorkshopLoaders(knex, viewer),
    ...createContributionLoaders(knex, viewer),
    ...createDiagnosisLoaders(knex, viewer),
    ...createStoryLoaders(knex, viewer),
    ...createPortraitLoaders(knex, viewer),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Loaders created on first use. Each event of a subscription gets fresh ones (a loader caches for
 * its lifetime, and a socket lives for hours); most events need none.
 */
export function lazyLoaders(knex: Knex, viewer: Viewer): Loaders {
  let loaders: Loaders | undefined;
  return new Proxy({} as Loaders, {
    get: (_target, key) => (loaders ??= createLoaders(knex, viewer))[key as keyof Loaders],
  });
}

/** The HTTP exchange behind an operation: where it comes from, and how to answer with cookies. */
export interface RequestInfo {
  /** Client address, for rate limits. */
  ip: string;
  /** The session cookie's token, when one was sent. */
  sessionToken: string | undefined;
  /** Language of the messages people read (user errors). */
  locale: Locale;
  /** Send cookies only over HTTPS (the public origin is https). */
  secureCookies: boolean;
  /** Adds a Set-Cookie header to the response (no-op on websockets and in tests). */
  setCookie(header: string): void;
}

/** In-process callers (tests, tools): no cookies, messages in English. */
export const noRequest: RequestInfo = {
  ip: 'local',
  locale: 'en',
  sessionToken: undefined,
  secureCookies: false,
  setCookie: () => undefined,
};

/** Per request (or per socket operation): who asks, a fresh unit of work, and batch loaders. */
export interface Context {
  viewer: Viewer;
  /** A fork of the EntityManager, for writes; reads go through `knex` and the loaders. */
  em: EntityManager;
  knex: Knex;
  loaders: Loaders;
  /** Live delivery of this process. */
  live: LiveHub;
  request: RequestInfo;
  /** Outgoing mail (SMTP, or the log). */
  mail: Mailer;
}

export function createContext(
  em: EntityManager,
  viewer: Viewer,
  live: LiveHub,
  request = noRequest,
  mail: Mailer = localMail,
): Context {
  const fork = em.fork();
  const knex = fork.getKnex();
  return { viewer, em: fork, knex, loaders: createLoaders(knex, viewer), live, request, mail };
}
