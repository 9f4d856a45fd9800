import { MikroORM } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { Logger } from '../logger.js';
import { DatabaseSeeder } from '../seeders/database.seeder.js';
import { ormConfig } from './orm-config.js';

/** What preparing a database did, with timings in milliseconds. */
export interface PreparedDatabase {
  migrations: string[];
  seeded: boolean;
  migrateMs: number;
  seedMs: number;
}

/**
 * Applies pending migrations and seeds a database that has no units yet, with an ORM of its own
 * (no statement timeout: seeding and migrations may take longer than an API request may).
 */
export async function prepareDatabase(url: string, logger: Logger): Promise<PreparedDatabase> {
  const orm = await MikroORM.init(ormConfig(url, { colors: false, logger: (message) => logger.debug({ orm: message }, 'mikro-orm') }));
  try {
    let started = performance.now();
    const applied = await orm.migrator.up();
    const migrateMs = performance.now() - started;
    const { rows } = await sql<{ empty: boolean }>`select not exists (select 1 from admin_unit) as empty`.execute(orm.em.getKysely<unknown>());
    let seedMs = 0;
    if (rows[0]?.empty) {
      started = performance.now();
      await orm.seeder.seed(DatabaseSeeder);
      seedMs = performance.now() - started;
    }
    const prepared = { migrations: applied.map((migration) => migration.name), seeded: rows[0]?.empty === true, migrateMs, seedMs };
    logger.info(prepared, 'database ready');
    return prepared;
  } finally {
    await orm.close();
  }
}
