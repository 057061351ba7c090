import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { RequestInfo } from '../shared/context.js';
import { Person } from '../people/person.entity.js';
import { anonymous, type Viewer } from '../shared/viewer.js';
import { columnsFor, type Optional, type RowFrom } from '../shared/rows.js';
import { Guest, Session } from './session.entity.js';

export const sessionCookie = 'ql_session';
export const personSessionDays = 30;
export const guestSessionHours = 12;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A new random token, and the hash stored in its place. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function readSessionToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === sessionCookie) {
      const token = value.join('=');
      return /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : undefined;
    }
  }
  return undefined;
}

export function setSessionCookie(request: RequestInfo, token: string, maxAgeSeconds: number) {
  const secure = request.secureCookies ? '; Secure' : '';
  request.setCookie(`${sessionCookie}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`);
}

export function clearSessionCookie(request: RequestInfo) {
  const secure = request.secureCookies ? '; Secure' : '';
  request.setCookie(`${sessionCookie}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`);
}

const sessionColumns = columnsFor(Session, { only: ['id', 'personId', 'guestId'] });
const sessionPersonColumns = columnsFor(Person, {
  only: ['role', 'displayName'],
  rename: { displayName: 'personName' },
});
const sessionGuestColumns = columnsFor(Guest, {
  only: ['displayName', 'workshopId'],
  rename: { displayName: 'guestName', workshopId: 'guestWorkshopId' },
});

/** A session, with its person or its guest (left joined, so either may be missing). */
type SessionRow = RowFrom<typeof sessionColumns> &
  Optional<RowFrom<typeof sessionPersonColumns> & RowFrom<typeof sessionGuestColumns>> & {
    coordinates: string[] | null;
    diagnoses: string[] | null;
  };

/** Live sessions with what their viewer needs: who, which role, which workshops they run. */
function liveSessions(knex: Knex) {
  return knex('session as s')
    .leftJoin('person as p', 'p.id', 's.person_id')
    .leftJoin('guest as g', 'g.id', 's.guest_id')
    .select(
      ...sessionColumns('s'),
      ...sessionPersonColumns('p'),
      ...sessionGuestColumns('g'),
      knex.raw(
        '(select array_agg(wc.workshop_id) from workshop_coordinator wc where wc.person_id = s.person_id) as coordinates',
      ),
      knex.raw(
        '(select array_agg(dc.diagnosis_id) from diagnosis_coordinator dc where dc.person_id = s.person_id) as diagnoses',
      ),
    )
    .whereNull('s.revoked_at')
    .where('s.expires_at', '>', knex.fn.now());
}

function viewerOf(row: SessionRow): Viewer {
  if (row.personId && row.role) {
    return {
      kind: 'person',
      personId: row.personId,
      role: row.role,
      displayName: row.personName ?? '',
      coordinates: new Set(row.coordinates ?? []),
      diagnoses: new Set(row.diagnoses ?? []),
      sessionId: row.id,
    };
  }
  if (row.guestId && row.guestWorkshopId) {
    return {
      kind: 'guest',
      guestId: row.guestId,
      workshopId: row.guestWorkshopId,
      displayName: row.guestName ?? '',
      sessionId: row.id,
    };
  }
  return anonymous;
}

/** The viewer a session token stands for: one query, run once per request or socket. */
export async function viewerOfToken(knex: Knex, token: string | undefined): Promise<Viewer> {
  if (!token) return anonymous;
  const row = (await liveSessions(knex).where('s.token_hash', hashToken(token)).first()) as SessionRow | undefined;
  return row ? viewerOf(row) : anonymous;
}

/** The viewers of sessions still valid among `ids` (revoked and expired ones are absent). */
export async function viewersOfSessions(knex: Knex, ids: readonly string[]): Promise<Map<string, Viewer>> {
  const rows = (await liveSessions(knex).whereIn('s.id', ids)) as SessionRow[];
  return new Map(rows.map((row) => [row.id, viewerOf(row)]));
}

/**
 * Starts a session and sets its cookie; the session the browser held before is revoked (rotation).
 * Returns the viewer it stands for, read once the session is committed.
 */
export async function startSession(
  em: EntityManager,
  request: RequestInfo,
  owner: { personId: string } | { guestId: string },
): Promise<Viewer> {
  const { token, tokenHash } = newToken();
  const seconds = 'personId' in owner ? personSessionDays * 86_400 : guestSessionHours * 3600;
  await em.transactional(async (tx) => {
    await revokeToken(tx, request.sessionToken);
    tx.create(Session, {
      tokenHash,
      person: 'personId' in owner ? owner.personId : undefined,
      guest: 'guestId' in owner ? owner.guestId : undefined,
      expiresAt: new Date(Date.now() + seconds * 1000),
    });
  });
  setSessionCookie(request, token, seconds);
  return viewerOfToken(em.getKnex(), token);
}

/**
 * Marks the live session of this token revoked, in `em`'s unit of work (its caller flushes). Two
 * revocations at once both write a time, and either time means revoked: no lock is needed.
 */
export async function revokeToken(em: EntityManager, token: string | undefined): Promise<void> {
  if (!token) return;
  const session = await em.findOne(Session, { tokenHash: hashToken(token), revokedAt: null });
  if (session) session.revokedAt = new Date();
}
