// What every case builder may use, and the shape of a case.
import type { Generator, Operation } from './generator.js';
import type { Corpus } from './hostile.js';
import type { Rng } from './prng.js';
import type { HttpRequest, WsScript } from './transports.js';

export interface Sessions {
  /** `ql_session=…` cookies, when signing in worked at start. */
  guest?: string;
  coordinator?: string;
  admin?: string;
}

export interface ServerLimits {
  /** Frames above this may close the socket (1009): that is the declared limit, not a defect. */
  maxSocketMessageBytes: number;
  maxHttpBodyBytes: number;
}

/**
 * Sizes that grow through the run (fragment chains, aliases…), each family capped at the
 * smallest size that failed: the run keeps finding the threshold without stalling the server
 * again and again on bigger ones.
 */
export class Growth {
  private readonly counters = new Map<string, number>();
  private readonly caps = new Map<string, number>();

  /** The next of `sizes` (ascending), cycling, skipping those above the family's cap. */
  next(key: string, sizes: readonly number[]): number {
    const cap = this.caps.get(key) ?? Infinity;
    const usable = sizes.filter((s) => s <= cap);
    const k = this.counters.get(key) ?? 0;
    this.counters.set(key, k + 1);
    return usable.length > 0 ? usable[k % usable.length]! : sizes[0]!;
  }

  failedAt(key: string, size: number) {
    this.caps.set(key, Math.min(size, this.caps.get(key) ?? Infinity));
  }
}

/** Fragment chains double their validation paths with each link: 20 links is a million. */
export const CHAIN_SIZES = [2, 4, 8, 12, 14, 16, 17, 18, 19, 20, 21, 22, 23, 24];
/** Aliases of a list of 100 items with nested lists. */
export const ALIAS_SIZES = [5, 10, 20, 30, 31, 50, 80, 110, 150, 200];

export interface FuzzContext {
  gen: Generator;
  corpus: Corpus;
  sessions: Sessions;
  /** `http://127.0.0.1:<port>`: the Origin the site's form actions accept. */
  origin: string;
  limits: ServerLimits;
  growth: Growth;
}

interface CaseBase {
  family: string;
  /** What the case tries, in a few words, printed with its reproduction. */
  label: string;
  /** For growing shapes: which size this was, so that a failure caps it (see Growth). */
  growth?: { key: string; size: number };
}

export type Case = (CaseBase & { kind: 'http'; request: HttpRequest }) | (CaseBase & { kind: 'ws'; script: WsScript });

export type CaseBuilder = (rng: Rng, ctx: FuzzContext) => Omit<Case, 'family'>;

/** A session cookie, or none, for a case. */
export function someCookie(rng: Rng, sessions: Sessions): string | undefined {
  const choice = rng.weighted({ none: 4, guest: 2, coordinator: 3, admin: 1 });
  return choice === 'none' ? undefined : sessions[choice];
}

/** A GraphQL POST as the site's client sends it (JSON passes Apollo's CSRF check). */
export function graphqlPost(operation: Operation, cookie?: string, extraHeaders: Record<string, string> = {}) {
  const body = JSON.stringify(operation);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
  if (cookie) headers.cookie = cookie;
  return { method: 'POST', path: '/graphql', headers, body } satisfies HttpRequest;
}

/** A GraphQL GET; the preflight header stands in for JSON's CSRF proof. */
export function graphqlGet(operation: Operation, cookie?: string): HttpRequest {
  const params = new URLSearchParams({ query: operation.query });
  if (operation.variables !== undefined) params.set('variables', JSON.stringify(operation.variables));
  if (operation.operationName !== undefined) params.set('operationName', operation.operationName);
  const headers: Record<string, string> = { 'apollo-require-preflight': 'true' };
  if (cookie) headers.cookie = cookie;
  return { method: 'GET', path: `/graphql?${params.toString()}`, headers };
}
