import type { Knex } from '@mikro-orm/postgresql';
import { notFound } from './errors.js';

/** Escapes LIKE wildcards so a search for "100%" means the text "100%". */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The row of `query` (on `alias`) with this slug, or NOT_FOUND naming what was looked for. */
export async function oneBySlug<T>(query: Knex.QueryBuilder, alias: string, slug: string, what: string): Promise<T> {
  const row = (await query.where(`${alias}.slug`, slug).first()) as T | undefined;
  if (!row) throw notFound(`${what} "${slug}"`);
  return row;
}
