import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Viewer } from './viewer.js';
import type { Locale } from './payload.js';
import type { LiveHub } from '../live/live.hub.js';
import type { Mailer } from '../mail/mailer.js';

/**
 * Every feature's batch loaders, side by side: each feature's index.ts merges its own into this
 * interface, so that shared code never imports a feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Loaders {}

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
  /** The websocket it came over: live presence counts an anonymous viewer once per socket. */
  socketId?: string;
  /**
   * On a websocket subscription: executes one event for this operation and sends it at once, if
   * the socket can take it now (false otherwise; a promise when it sends once that settles).
   */
  push?(payload: unknown): boolean | Promise<void>;
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
  /**
   * Loaders for one more event of a subscription, created on first use: a loader caches for its
   * lifetime, a socket lives for hours, and most events need none.
   */
  freshLoaders(): Loaders;
  /** Live delivery of this process. */
  live: LiveHub;
  request: RequestInfo;
  /** Outgoing mail (SMTP, or the log). */
  mail: Mailer;
}
