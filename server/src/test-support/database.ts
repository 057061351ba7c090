import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../config.js';
import { migrate, openDatabase, type Database } from '../database.js';
import { seed } from '../seeding/seed.service.js';

/**
 * A migrated database of its own for one test file: embedded PGlite in a temporary folder by
 * default, or a fresh database on the server named by DATABASE_URL. Empty unless `seeded`: tests
 * build what they assert on with the factories, so editing the seeds breaks no suite; only tests
 * about the seeds load them.
 */
export async function openTestDatabase(options: { seeded?: boolean } = {}): Promise<Database> {
  const { databaseUrl } = loadConfig();
  let db: Database;
  let cleanup: () => Promise<void>;
  if (databaseUrl) {
    const name = `quartierlab_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    db = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
    cleanup = async () => {
      const dropper = new pg.Client({ connectionString: databaseUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    };
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'quartierlab-test-'));
    db = await openDatabase({ databaseUrl: undefined, dataDir });
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  await migrate(db.orm);
  if (options.seeded) await seed(db.orm);
  return {
    ...db,
    close: async () => {
      await db.close();
      await cleanup();
    },
  };
}
