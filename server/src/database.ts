import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Config } from './config.js';
import { entities } from './features.js';
import { runningFromSource, serverRoot } from './shared/paths.js';
import { columnsOf, type RowOf } from './shared/rows.js';
import { Deployment } from './live/deployment.entity.js';
import { migrationsList } from '../migrations/index.js';

/** A running database: the ORM plus whatever must be stopped with it. */
export interface Database {
  orm: MikroORM;
  /** "embedded" (PGlite in a data folder) or "postgresql" (DATABASE_URL). */
  mode: 'embedded' | 'postgresql';
  close(): Promise<void>;
}

export class DatabaseLockedError extends Error {}

export function ormOptions(clientUrl: string, poolMax: number): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator],
    pool: { min: 0, max: poolMax },
    discovery: { warnWhenNoEntities: true },
    preferTs: runningFromSource,
    migrations: {
      migrationsList,
      // Where `migration:create` writes new migrations.
      path: path.join(serverRoot, 'migrations'),
      pathTs: path.join(serverRoot, 'migrations'),
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    // Reads use plain-row queries; entity-level caching would only hide stale data.
    allowGlobalContext: false,
  };
}

/**
 * PGlite does not lock its folder, and two processes writing one folder corrupt it. A lock file
 * holding our pid is created atomically; a lock left by a dead process is taken over.
 */
function acquireLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, 'quartierlab.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new DatabaseLockedError(
          `The embedded database in ${dataDir} is in use by another QuartierLab process (pid ${holder}). ` +
            'Stop that process, or set DATA_DIR to another folder, or use DATABASE_URL for a shared PostgreSQL server.',
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseLockedError(`Could not lock ${lockPath}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Starts PGlite on `dataDir` behind the PostgreSQL wire protocol, on a free loopback port. */
async function startEmbedded(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  mkdirSync(dataDir, { recursive: true });
  const release = acquireLock(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    const db = await PGlite.create(path.join(dataDir, 'pgdata'));
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
    await server.start();
    const url = `postgresql://postgres@${server.getServerConn()}/postgres`;
    return {
      url,
      stop: async () => {
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  if (config.databaseUrl) {
    const orm = await MikroORM.init(ormOptions(config.databaseUrl, 10));
    return { orm, mode: 'postgresql', close: () => orm.close(true) };
  }
  const embedded = await startEmbedded(config.dataDir);
  try {
    // PGlite is a single session behind the socket: two connections would interleave their
    // statements (one's portals and transactions seen by the other). One connection queues them.
    const orm = await MikroORM.init(ormOptions(embedded.url, 1));
    return {
      orm,
      mode: 'embedded',
      close: async () => {
        await orm.close(true);
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/** Applies the committed migrations that the database has not seen yet. */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}

/**
 * This deployment's id: the configured one, or the one generated by the first node to start and
 * kept in the database, so every node of a deployment agrees on it and no other deployment has it.
 */
export async function instanceIdOf(orm: MikroORM, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const knex = orm.em.getKnex();
  await knex('deployment').insert({ singleton: true, instance_id: randomUUID() }).onConflict('singleton').ignore();
  const row = (await knex('deployment')
    .select(columnsOf(Deployment, 'deployment', { only: ['instanceId'] }))
    .first()) as Pick<RowOf<Deployment>, 'instanceId'>;
  return row.instanceId;
}
