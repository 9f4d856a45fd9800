import { MikroORM } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { DatabaseSeeder } from '../seeders/database.seeder.js';
import { ormConfig } from './orm-config.js';

/** What preparing a database did, with timings in milliseconds. */
export interface PreparedDatabase {
  migrations: string[];
  seeded: boolean;
  migrateMs: number;
  seedMs: number;
  /** How long this process waited for another one preparing the same database. */
  lockWaitMs: number;
}

export interface PrepareOptions {
  /** Seed the database when it has no units yet (the default); false only migrates. */
  seed?: boolean;
}

/**
 * Key of the session-level advisory lock that every process preparing the database takes first, so that replicas
 * starting together migrate and seed one after the other (the later ones find nothing left to do).
 */
export const PREPARE_LOCK_KEY = 4_826_013_517;

/**
 * Applies pending migrations and seeds a database that has no units yet, with an ORM of its own
 * (no statement timeout: seeding and migrations may take longer than an API request may).
 * Holds the advisory lock on a dedicated connection meanwhile; PostgreSQL releases it if the process dies.
 */
export async function prepareDatabase(url: string, logger: Logger, options: PrepareOptions = {}): Promise<PreparedDatabase> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    const waitStarted = performance.now();
    // Waiting for another replica's seeding may outlast a statement timeout set for the role.
    await lock.query('set statement_timeout = 0');
    await lock.query('select pg_advisory_lock($1)', [PREPARE_LOCK_KEY]);
    const lockWaitMs = performance.now() - waitStarted;
    try {
      const prepared = { ...(await migrateAndSeed(url, logger, options.seed ?? true)), lockWaitMs };
      logger.info(prepared, 'database ready');
      return prepared;
    } finally {
      await lock.query('select pg_advisory_unlock($1)', [PREPARE_LOCK_KEY]);
    }
  } finally {
    await lock.end();
  }
}

async function migrateAndSeed(url: string, logger: Logger, seed: boolean): Promise<Omit<PreparedDatabase, 'lockWaitMs'>> {
  const orm = await MikroORM.init(ormConfig(url, { colors: false, logger: (message) => logger.debug({ orm: message }, 'mikro-orm') }));
  try {
    let started = performance.now();
    const applied = await orm.migrator.up();
    const migrateMs = performance.now() - started;
    let seeded = false;
    let seedMs = 0;
    if (seed) {
      const { rows } = await sql<{ empty: boolean }>`select not exists (select 1 from admin_unit) as empty`.execute(orm.em.getKysely<unknown>());
      if (rows[0]?.empty) {
        started = performance.now();
        await orm.seeder.seed(DatabaseSeeder);
        seedMs = performance.now() - started;
        seeded = true;
      }
    }
    return { migrations: applied.map((migration) => migration.name), seeded, migrateMs, seedMs };
  } finally {
    await orm.close();
  }
}

/**
 * With MIGRATE_ON_START=false the API leaves migrating to the migrate command: it only warns, naming the committed
 * migrations the database lacks, and returns them.
 */
export async function warnOfPendingMigrations(orm: MikroORM, logger: Logger): Promise<string[]> {
  const pending = (await orm.migrator.getPending()).map((migration) => migration.name);
  if (pending.length > 0) logger.warn({ pending }, 'migrations pending: run the migrate command (MIGRATE_ON_START=false)');
  else logger.info('schema up to date; migrations left to the migrate command (MIGRATE_ON_START=false)');
  return pending;
}
