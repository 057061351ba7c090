import { randomUUID } from 'node:crypto';
import type { Knex, MikroORM } from '@mikro-orm/postgresql';
import type { PlatformRole } from '../people/person.entity.js';
import type { Viewer } from '../shared/viewer.js';

/** The viewer of a person, as its session would resolve it (the workshops they coordinate included). */
export async function viewerOfPerson(knex: Knex, id: string): Promise<Viewer> {
  const person = (await knex('person').select('id', 'role', 'display_name as displayName').where('id', id).first()) as
    { id: string; role: PlatformRole; displayName: string } | undefined;
  if (!person) throw new Error(`No person ${id}`);
  const rows = (await knex('workshop_coordinator').select('workshop_id as id').where('person_id', person.id)) as {
    id: string;
  }[];
  return {
    kind: 'person',
    personId: person.id,
    role: person.role,
    displayName: person.displayName,
    coordinates: new Set(rows.map((r) => r.id)),
  };
}

/** The viewer of the account with this email. */
export async function personViewer(orm: MikroORM, email: string): Promise<Viewer> {
  const knex = orm.em.getKnex();
  const person = (await knex('person').select('id').where('email', email).first()) as { id: string } | undefined;
  if (!person) throw new Error(`No account ${email}`);
  return viewerOfPerson(knex, person.id);
}

/** A new guest of a workshop (stored, as `joinWorkshop` would), by workshop slug. */
export async function guestViewer(orm: MikroORM, workshopSlug: string, displayName = 'Invité'): Promise<Viewer> {
  const knex = orm.em.getKnex();
  const workshop = (await knex('workshop').select('id').where('slug', workshopSlug).first()) as
    { id: string } | undefined;
  if (!workshop) throw new Error(`No workshop ${workshopSlug}`);
  const guestId = randomUUID();
  await knex('guest').insert({ id: guestId, workshop_id: workshop.id, display_name: displayName });
  return { kind: 'guest', guestId, workshopId: workshop.id, displayName };
}
