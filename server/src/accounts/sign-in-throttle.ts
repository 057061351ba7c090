import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalid, msg } from '../shared/payload.js';
import { SignInThrottle } from './session.entity.js';

/**
 * Sign-in attempts are claimed in the database before the password is checked, one
 * `insert … on conflict do update … returning` per key: the row lock makes concurrent claims take
 * turns, so a burst gets no more checks than the limit, however parallel. A read, a check and a
 * write through the unit of work would let a burst read the same count; so claims and releases
 * stay single statements, run on the request's EntityManager outside any transaction: each attempt
 * counts as soon as it is claimed, and a failed sign-in, which throws, cannot roll it back.
 *
 * Two keys: the account with the client (an email with the client's address, or its /64 for
 * IPv6), locked for 1, 2, 4 … up to 15 minutes from the fifth attempt in a row; and the client
 * across all accounts, with a threshold for a room of people on one public wifi, so that one
 * machine trying many accounts is slowed. Someone locked out of their account from one client is
 * not locked out from another.
 * An attempt counts until it succeeds; a quiet hour forgets the failures.
 */
export const throttleLimits = {
  pair: { threshold: 5 },
  client: { threshold: 50 },
  maxLockMinutes: 15,
  quietMinutes: 60,
};

type Scope = keyof Pick<typeof throttleLimits, 'pair' | 'client'>;

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * The client an address stands for. An IPv6 client is given a whole /64 (one home, one phone on
 * its network), and could otherwise take a new address for every attempt: its /64 is the client.
 */
export function clientOf(address: string): string {
  if (!isIPv6(address)) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  const [head = '', tail] = address.split('%')[0]!.split('::');
  // An IPv4 tail ("::1.2.3.4") takes the room of two groups.
  const groups = (part: string | undefined) =>
    part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : [];
  const before = groups(head);
  const after = groups(tail);
  const all =
    tail === undefined ? before : [...before, ...Array<string>(8 - before.length - after.length).fill('0'), ...after];
  return `${all
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/** Keys of the throttle table; only hashes are stored, not addresses. */
export function throttleKeys(email: string, address: string) {
  const client = clientOf(address);
  return { pair: `pair:${digest(`${email}\n${client}`)}`, client: `client:${digest(client)}` };
}

export type ThrottleKeys = ReturnType<typeof throttleKeys>;

/**
 * Counts one attempt on `key` unless it is locked. The attempt that reaches the threshold sets
 * the lock itself (1 minute, doubling with every attempt after it, at most 15), so the attempts
 * in flight are all that get checked, and once a lock has run out exactly one more is let through.
 * Returns the attempt's number in its series, or when the lock ends.
 */
async function claim(
  em: EntityManager,
  key: string,
  scope: Scope,
): Promise<{ granted: true; attempt: number } | { granted: false; until: Date }> {
  const { threshold } = throttleLimits[scope];
  const { maxLockMinutes, quietMinutes } = throttleLimits;
  const lockFor = (n: string) =>
    `case when ${n} >= ${threshold} then now() + make_interval(mins => least(${maxLockMinutes}, power(2, least(${n} - ${threshold}, 10))::int)) end`;
  const next = `case when sign_in_throttle.updated_at < now() - make_interval(mins => ${quietMinutes}) then 1 else sign_in_throttle.attempts + 1 end`;
  const granted = await em.execute<{ attempts: number }[]>(
    `insert into sign_in_throttle (key, attempts, locked_until, updated_at)
     values (?, 1, ${lockFor('1')}, now())
     on conflict (key) do update set attempts = ${next}, locked_until = ${lockFor(next)}, updated_at = now()
     where sign_in_throttle.locked_until is null or sign_in_throttle.locked_until <= now()
     returning attempts`,
    [key],
  );
  const attempt = granted[0]?.attempts;
  if (attempt !== undefined) return { granted: true, attempt };
  const row = await em.findOne(SignInThrottle, { key }, { fields: ['lockedUntil'], disableIdentityMap: true });
  // The lock can end between the two statements: say a minute then.
  return { granted: false, until: row?.lockedUntil ?? new Date(Date.now() + 60_000) };
}

/**
 * Gives back a client's claim that led to no failure. When no attempt was granted after it, the
 * lock it may have set goes too (a lock stops every later claim, so only its own claim's could).
 */
async function release(em: EntityManager, key: string, attempt: number) {
  await em.execute(
    `update sign_in_throttle set
       attempts = greatest(0, attempts - 1),
       locked_until = case when attempts = ? then null else locked_until end
     where key = ?`,
    [attempt, key],
  );
}

/** Forgets series that ended long ago; run now and then, so the table stays small. */
async function prune(em: EntityManager) {
  const now = Date.now();
  await em.nativeDelete(SignInThrottle, {
    updatedAt: { $lt: new Date(now - throttleLimits.quietMinutes * 60_000) },
    $or: [{ lockedUntil: null }, { lockedUntil: { $lt: new Date(now) } }],
  });
}

function lockedOut(until: Date): never {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  throw invalid(msg('SIGN_IN_LOCKED', { minutes }));
}

/** A granted sign-in attempt, to hand back when the password was right. */
export interface SignInClaim {
  keys: ThrottleKeys;
  clientAttempt: number;
}

/**
 * Claims one password check for this email from this client, or throws a user error saying how
 * long to wait. The message is the same whether or not an account has this email.
 */
export async function claimSignIn(em: EntityManager, email: string, clientAddress: string): Promise<SignInClaim> {
  const keys = throttleKeys(email, clientAddress);
  if (Math.random() < 0.01) await prune(em);
  const client = await claim(em, keys.client, 'client');
  if (!client.granted) lockedOut(client.until);
  const pair = await claim(em, keys.pair, 'pair');
  if (!pair.granted) {
    // No password will be checked: the client's claim goes back.
    await release(em, keys.client, client.attempt);
    lockedOut(pair.until);
  }
  return { keys, clientAttempt: client.attempt };
}

/** After a right password: the pair starts again from zero, and the client's claim goes back. */
export async function signInSucceeded(em: EntityManager, claimed: SignInClaim): Promise<void> {
  await em.nativeDelete(SignInThrottle, { key: claimed.keys.pair });
  await release(em, claimed.keys.client, claimed.clientAttempt);
}
