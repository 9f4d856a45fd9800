import type { TestProject } from 'vitest/node';
import { createDatabase } from '../database/database-admin.js';
import { prepareDatabase } from '../database/prepare-database.js';
import { startTemporaryPostgres } from '../database/temporary-postgres.js';
import { createLogger } from '../logger.js';

/** The migrated and seeded database every test file's database is copied from. */
const TEMPLATE_DATABASE = 'edu_vn_template';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { serverUrl: string; template: string; seedMs: number };
  }
}

/**
 * Starts one throwaway PostgreSQL for the whole run (random port, temp data folder owned by `postgres` when
 * run as root), migrates and seeds the template database once, and stops the server at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const server = await startTemporaryPostgres(logger);
  try {
    const serverUrl = server.url('postgres');
    await createDatabase(serverUrl, TEMPLATE_DATABASE);
    const prepared = await prepareDatabase(server.url(TEMPLATE_DATABASE), logger);
    project.provide('postgres', { serverUrl, template: TEMPLATE_DATABASE, seedMs: prepared.seedMs });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return () => server.stop();
}
