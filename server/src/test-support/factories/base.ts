import { randomInt, randomUUID } from 'node:crypto';
import type { EntityClass, EntityData, EntityManager, Knex } from '@mikro-orm/postgresql';
import { seedId } from '../../seeding/seed.ids.js';

/**
 * What every factory shares: where rows are written and read, and where ids and unique labels
 * come from. Ids are random, or derived from `key` in creation order, so that two databases built
 * by the same steps hold the same ids (two deployments that must not hear each other).
 */
export interface Maker {
  /** A unit of work of its own, for one factory call: rows are written as the application writes them. */
  em(): EntityManager;
  /** For reading back (plain rows, as the read paths do). */
  knex: Knex;
  id(): string;
  /** `label-xxxxxxxx`, unique per call: slugs and emails never collide with another call's. */
  unique(label: string): string;
}

export function maker(em: EntityManager, key?: string): Maker {
  let made = 0;
  return {
    em: () => em.fork(),
    knex: em.getKnex(),
    id: () => (key ? seedId('test-factory', `${key}:${(made += 1)}`) : randomUUID()),
    unique: (label) => `${label}-${randomUUID().slice(0, 8)}`,
  };
}

/**
 * `em.create` for a test row. Most entities do not list the properties they give a default
 * (`OptionalProps`), so the typed check would ask for every one of them: `partial` leaves them to
 * the entity's initializers, and the database still refuses a row that lacks a required column.
 */
export function build<E extends object>(em: EntityManager, entity: EntityClass<E>, data: EntityData<E>): E {
  return em.create(entity, data, { partial: true });
}

// The alphabet of real join codes (no 0/O, 1/I/L).
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A random join code, shaped as `openWorkshop` makes them (the column is unique: a clash fails loudly). */
export const joinCode = () => Array.from({ length: 6 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
