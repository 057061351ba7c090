import type { MikroORM } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/viewer.js';
import { maker, type Maker } from './base.js';
import { diagnosis } from './diagnosis.js';
import { guest, person, sessionCookie } from './people.js';
import { organization, territory, themes } from './places.js';
import { portrait, story } from './portraits.js';
import { contribution, contributions, workshop } from './workshops.js';

export type { MadePerson } from './people.js';
export type { MadeWorkshop } from './workshops.js';

/**
 * Rows for integration tests, written through a unit of work of their own: each call makes new
 * ones with unique slugs and emails, so a test builds what it asserts on and leans on no seed. With `key`, ids follow the
 * order of the calls (two databases built alike hold the same ids).
 */
export function factories(orm: MikroORM, key?: string) {
  const m = maker(orm.em, key);
  const bind =
    <A extends unknown[], R>(f: (m: Maker, ...args: A) => R) =>
    (...args: A) =>
      f(m, ...args);
  return {
    territory: bind(territory),
    themes: bind(themes),
    organization: bind(organization),
    person: bind(person),
    guest: bind(guest),
    /** A session cookie (`ql_session=…`) of this person or guest. */
    cookie: (viewer: Viewer) => sessionCookie(m.em(), viewer),
    workshop: bind(workshop),
    contribution: bind(contribution),
    contributions: bind(contributions),
    diagnosis: bind(diagnosis),
    portrait: bind(portrait),
    story: bind(story),
  };
}

export type Factories = ReturnType<typeof factories>;
