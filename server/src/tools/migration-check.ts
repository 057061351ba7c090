// Fails when the entities and the committed migrations disagree (CI runs it).
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate, openDatabase } from '../database.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'quartierlab-migration-'));
const db = await openDatabase({ databaseUrl: undefined, dataDir });
let failed = false;
try {
  await migrate(db.orm);
  if (await db.orm.getMigrator().checkMigrationNeeded()) {
    failed = true;
    const pending = await db.orm.getMigrator().createMigration(undefined, true);
    console.error('The entities differ from the committed migrations. Run `npm run migration:create -w server`.');
    console.error(pending.diff.up.join('\n'));
  } else {
    console.log('Migrations are up to date with the entities.');
  }
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
