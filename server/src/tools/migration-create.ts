// Writes a migration for the difference between the entities and a database built from the
// committed migrations. Usage: npm run migration:create -w server -- [name]
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate, openDatabase } from '../database.js';
import { writeMigrationIndex } from './migration-index.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'quartierlab-migration-'));
const db = await openDatabase({ databaseUrl: undefined, dataDir });
try {
  await migrate(db.orm);
  const result = await db.orm.getMigrator().createMigration(undefined, false, false, process.argv[2]);
  if (result.fileName) writeMigrationIndex();
  console.log(result.fileName ? `Created migrations/${result.fileName}` : 'No changes: no migration needed.');
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
