import type { Knex, MikroORM } from '@mikro-orm/postgresql';
import { Guest } from '../accounts/session.entity.js';
import { Person } from '../people/person.entity.js';
import { Workshop } from '../workshops/workshop.entity.js';
import { columnsFor, type RowFrom } from '../shared/rows.js';
import type { Viewer } from '../shared/viewer.js';

const viewerColumns = columnsFor(Person, { only: ['id', 'role', 'displayName'] });
const idColumn = { person: columnsFor(Person, { only: ['id'] }), workshop: columnsFor(Workshop, { only: ['id'] }) };

/** The viewer of a person, as its session would resolve it (the workshops they coordinate included). */
export async function viewerOfPerson(knex: Knex, id: string): Promise<Viewer> {
  const person = (await knex('person as p').select(viewerColumns('p')).where('p.id', id).first()) as
    RowFrom<typeof viewerColumns> | undefined;
  if (!person) throw new Error(`No person ${id}`);
  // A link table of `Workshop.coordinators`, without an entity of its own: one column, plucked.
  const coordinates = (await knex('workshop_coordinator')
    .where('person_id', person.id)
    .pluck('workshop_id')) as string[];
  const diagnoses = (await knex('diagnosis_coordinator')
    .where('person_id', person.id)
    .pluck('diagnosis_id')) as string[];
  return {
    kind: 'person',
    personId: person.id,
    role: person.role,
    displayName: person.displayName,
    coordinates: new Set(coordinates),
    diagnoses: new Set(diagnoses),
  };
}

/** The viewer of the account with this email. */
export async function personViewer(orm: MikroORM, email: string): Promise<Viewer> {
  const knex = orm.em.getKnex();
  const person = (await knex('person as p').select(idColumn.person('p')).where('p.email', email).first()) as
    { id: string } | undefined;
  if (!person) throw new Error(`No account ${email}`);
  return viewerOfPerson(knex, person.id);
}

/** A new guest of a workshop (stored, as `joinWorkshop` would), by workshop slug. */
export async function guestViewer(orm: MikroORM, workshopSlug: string, displayName = 'Invité'): Promise<Viewer> {
  const knex = orm.em.getKnex();
  const workshop = (await knex('workshop as w')
    .select(idColumn.workshop('w'))
    .where('w.slug', workshopSlug)
    .first()) as { id: string } | undefined;
  if (!workshop) throw new Error(`No workshop ${workshopSlug}`);
  const em = orm.em.fork();
  const guest = em.create(Guest, { workshop: workshop.id, displayName });
  await em.flush();
  return { kind: 'guest', guestId: guest.id, workshopId: workshop.id, displayName };
}
