import { randomInt, randomUUID } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import { seedId } from '../../seeding/seed.ids.js';

/**
 * What every factory shares: the connection, and where ids and unique labels come from. Ids are
 * random, or derived from `key` in creation order, so that two databases built by the same steps
 * hold the same ids (two deployments that must not hear each other).
 */
export interface Maker {
  knex: Knex;
  id(): string;
  /** `label-xxxxxxxx`, unique per call: slugs and emails never collide with another call's. */
  unique(label: string): string;
}

export function maker(knex: Knex, key?: string): Maker {
  let made = 0;
  return {
    knex,
    id: () => (key ? seedId('test-factory', `${key}:${(made += 1)}`) : randomUUID()),
    unique: (label) => `${label}-${randomUUID().slice(0, 8)}`,
  };
}

// The alphabet of real join codes (no 0/O, 1/I/L).
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A random join code, shaped as `openWorkshop` makes them (the column is unique: a clash fails loudly). */
export const joinCode = () => Array.from({ length: 6 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
