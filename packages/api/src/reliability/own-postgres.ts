import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '../database/database-admin.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../database/embedded-postgres.js';
import { prepareDatabase } from '../database/prepare-database.js';
import { createLogger } from '../logger.js';
import { freePort } from '../common/free-port.js';

const DATABASE = 'edu_vn';

/** A PostgreSQL of a test's own, which it may stop and start again on the same port and data folder. */
export interface OwnPostgres {
  /** The migrated and seeded database. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its data folder. */
  remove(): Promise<void>;
}

/** Starts a throwaway PostgreSQL on a fixed free port, with a migrated and seeded database. */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const logger = createLogger('warn');
  const dataDir = await mkdtemp(join(tmpdir(), 'edu-vn-pg-restart-'));
  const port = await freePort();
  let server: EmbeddedPostgres | null = await startEmbeddedPostgres({ dataDir, port, unsafeFast: true, logger });
  await createDatabase(server.url('postgres'), DATABASE);
  await prepareDatabase(server.url(DATABASE), logger);
  const url = server.url(DATABASE);
  return {
    url,
    async stop() {
      await server?.stop();
      server = null;
    },
    async start() {
      server = await startEmbeddedPostgres({ dataDir, port, unsafeFast: true, logger });
    },
    async remove() {
      await server?.stop();
      server = null;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
