import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

/** A throwaway PostgreSQL (tests, migration generation): a fresh data folder in the temp dir, removed on stop. */
export async function startTemporaryPostgres(logger: Logger): Promise<EmbeddedPostgres> {
  const dataDir = await mkdtemp(join(tmpdir(), 'edu-vn-pg-'));
  try {
    const server = await startEmbeddedPostgres({ dataDir, unsafeFast: true, logger });
    return {
      ...server,
      async stop() {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
