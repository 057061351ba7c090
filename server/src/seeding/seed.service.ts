import type { MikroORM } from '@mikro-orm/postgresql';
import { readSeeds } from './seed.files.js';
import { planSeeds } from './seed.plan.js';
import { hashPassword } from '../accounts/password.js';

/** Every demo account signs in with this password (seeds/README.md says so). */
export const demoPassword = 'quartierlab-demo';

const CHUNK = 500;

/**
 * Loads the seed files in one transaction: all checks pass before anything is written, and a
 * failure leaves the database as it was. Re-running updates seeded rows in place (their ids are
 * derived from their slugs) and leaves everything people created alone.
 */
export async function seed(orm: MikroORM, dir?: string): Promise<Record<string, number>> {
  const plan = planSeeds(await readSeeds(dir));
  const counts: Record<string, number> = {};
  const demoHash = await hashPassword(demoPassword);
  for (const row of plan.tables.find((t) => t.table === 'person')?.rows ?? []) {
    row.password_hash = row.is_demo && row.email ? demoHash : null;
  }
  await orm.em.getKnex().transaction(async (trx) => {
    for (const { table, column, ids } of plan.replaceChildren) {
      for (let i = 0; i < ids.length; i += CHUNK)
        await trx(table)
          .whereIn(column, ids.slice(i, i + CHUNK))
          .delete();
    }
    for (const { table, rows, key } of plan.tables) {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        const insert = trx(table).insert(chunk);
        await (key.length > 0 ? insert.onConflict(key).merge() : insert);
      }
      counts[table] = rows.length;
    }
    for (const { table, id, values } of plan.links) await trx(table).where('id', id).update(values);
  });
  return counts;
}

/** Seeds a database that has no content yet (first start). */
export async function seedIfEmpty(orm: MikroORM): Promise<boolean> {
  const row = (await orm.em.getKnex()('theme').count({ count: '*' }).first()) as { count: string } | undefined;
  if (Number(row?.count ?? 0) > 0) return false;
  await seed(orm);
  return true;
}
