import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { readSeeds } from './seed.files.js';
import { planSeeds } from './seed.plan.js';
import { entitiesByTable, type EntitiesByTable } from './seed.tables.js';
import { hashPassword } from '../accounts/password.js';

/** Every demo account signs in with this password (seeds/README.md says so). */
export const demoPassword = 'quartierlab-demo';

const CHUNK = 500;

/**
 * Writes a plan in `em`'s transaction with the EntityManager's bulk statements, one per table and
 * chunk (a change set per row would buy nothing here): upserts keyed by each table's key, so that
 * re-seeding updates rows in place; link tables and parts of seeded rows are replaced wholesale.
 */
async function write(em: EntityManager, plan: ReturnType<typeof planSeeds>, entity: EntitiesByTable) {
  const counts: Record<string, number> = {};
  for (const { table, column, ids } of plan.replaceChildren) {
    const { name, property } = entity(table);
    for (let i = 0; i < ids.length; i += CHUNK) {
      await em.nativeDelete(name, { [property(column)]: { $in: ids.slice(i, i + CHUNK) } });
    }
  }
  for (const { table, rows, key } of plan.tables) {
    const { name, property, data } = entity(table);
    const items = rows.map(data);
    if (key.length > 0) {
      // No identity map: nothing reads these entities back, and thousands of them would only cost.
      const onConflictFields = key.map(property);
      await em.upsertMany(name, items, { onConflictFields, batchSize: CHUNK, disableIdentityMap: true });
    } else {
      for (let i = 0; i < items.length; i += CHUNK) await em.insertMany(name, items.slice(i, i + CHUNK));
    }
    counts[table] = rows.length;
  }
  for (const { table, id, values } of plan.links) {
    const { name, data } = entity(table);
    await em.nativeUpdate(name, { id }, data(values));
  }
  return counts;
}

/**
 * Loads the seed files in one transaction: all checks pass before anything is written, and a
 * failure leaves the database as it was. Re-running updates seeded rows in place (their ids are
 * derived from their slugs) and leaves everything people created alone.
 */
export async function seed(orm: MikroORM, dir?: string): Promise<Record<string, number>> {
  const plan = planSeeds(await readSeeds(dir));
  const demoHash = await hashPassword(demoPassword);
  for (const row of plan.tables.find((t) => t.table === 'person')?.rows ?? []) {
    row.password_hash = row.is_demo && row.email ? demoHash : null;
  }
  const entity = entitiesByTable(orm);
  return orm.em.fork().transactional((em) => write(em, plan, entity));
}

/** Seeds a database that has no content yet (first start). */
export async function seedIfEmpty(orm: MikroORM): Promise<boolean> {
  const row = (await orm.em.getKnex()('theme').count({ count: '*' }).first()) as { count: string } | undefined;
  if (Number(row?.count ?? 0) > 0) return false;
  await seed(orm);
  return true;
}
