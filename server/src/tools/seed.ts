// Re-seeds the database from seeds/ (idempotent). Uses DATABASE_URL or the embedded DATA_DIR.
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { migrate, openDatabase } from '../database.js';
import { seed } from '../seeding/seed.service.js';

const config = loadConfig();
const db = await openDatabase(config);
try {
  await migrate(db.orm);
  const counts = await seed(db.orm);
  console.log(
    `Seeded (${db.mode}):`,
    Object.entries(counts)
      .map(([table, n]) => `${table} ${n}`)
      .join(', '),
  );
} finally {
  await db.close();
}
