import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../accounts/password.js';
import { startSession } from '../../accounts/session.service.js';
import { Guest } from '../../accounts/session.entity.js';
import { Person, PlatformRole } from '../../people/person.entity.js';
import { noRequest } from '../../shared/context.js';
import type { Viewer } from '../../shared/viewer.js';
import { viewerOfPerson } from '../viewers.js';
import type { Maker } from './base.js';

export interface MadePerson {
  id: string;
  slug: string;
  email: string;
  displayName: string;
  role: PlatformRole;
  /** Their password, when they were given one. */
  password: string | undefined;
  /** Their viewer as a session would resolve it now (the workshops they coordinate included). */
  viewer(): Promise<Viewer>;
}

// Argon2 takes tens of milliseconds a hash: a password used for many people is hashed once.
const hashes = new Map<string, Promise<string>>();

/** A person of `role` with a unique slug and email (unless one is given), and a password if asked. */
export async function person(
  m: Maker,
  options: { role?: PlatformRole | `${PlatformRole}`; email?: string; displayName?: string; password?: string } = {},
): Promise<MadePerson> {
  const id = m.id();
  const slug = m.unique('personne');
  const role = (options.role ?? PlatformRole.RESIDENT) as PlatformRole;
  const email = options.email ?? `${slug}@example.org`;
  const displayName = options.displayName ?? `Personne ${slug.slice(-8)}`;
  const { password } = options;
  if (password && !hashes.has(password)) hashes.set(password, hashPassword(password));
  const em = m.em();
  em.create(Person, {
    id,
    slug,
    email,
    displayName,
    role,
    passwordHash: password ? await hashes.get(password) : undefined,
  });
  await em.flush();
  return { id, slug, email, displayName, role, password, viewer: () => viewerOfPerson(m.knex, id) };
}

/** A guest of a workshop, stored as `joinWorkshop` would store one. */
export async function guest(m: Maker, workshopId: string, displayName = 'Invité'): Promise<Viewer> {
  const em = m.em();
  const made = em.create(Guest, { id: m.id(), workshop: workshopId, displayName });
  await em.flush();
  return { kind: 'guest', guestId: made.id, workshopId, displayName };
}

/** A session of this person or guest, as the `ql_session=…` cookie a browser would send ('' for anonymous). */
export async function sessionCookie(em: EntityManager, viewer: Viewer): Promise<string> {
  if (viewer.kind === 'anonymous') return '';
  let cookie = '';
  const owner = viewer.kind === 'person' ? { personId: viewer.personId } : { guestId: viewer.guestId };
  await startSession(em, { ...noRequest, setCookie: (header) => (cookie = header.split(';')[0]!) }, owner);
  return cookie;
}
