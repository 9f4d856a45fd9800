import { join } from 'node:path';
import type { Logger } from 'pino';
import { createDatabase, databaseUrl } from '../../dist/database/database-admin.js';
import { startEmbeddedPostgres } from '../../dist/database/embedded-postgres.js';
import { prepareDatabase } from '../../dist/database/prepare-database.js';

/** Where the embedded benchmark server keeps its data: loaded once, reused by every later benchmark run. */
export const BENCH_DATA_DIR = process.env.BENCH_PG_DIR ?? join(import.meta.dirname, '..', '..', '..', '..', '.data', 'bench-postgres');
export const BENCH_DATABASE = 'edu_vn_bench';

export interface BenchDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * The benchmark database, migrated and seeded with the official units, catalogue and plans: BENCH_DATABASE_URL when
 * set, otherwise an embedded PostgreSQL on a persistent folder. `unsafeFast` (fsync off) is for the bulk load only.
 */
export async function openBenchDatabase(logger: Logger, options: { unsafeFast?: boolean } = {}): Promise<BenchDatabase> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) {
    await prepareDatabase(given, logger);
    return { url: given, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: BENCH_DATA_DIR, unsafeFast: options.unsafeFast ?? false, logger });
  try {
    await createDatabase(server.url('postgres'), BENCH_DATABASE);
    const url = databaseUrl(server.url('postgres'), BENCH_DATABASE);
    await prepareDatabase(url, logger);
    return { url, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
