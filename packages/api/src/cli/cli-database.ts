import { MikroORM } from '@mikro-orm/postgresql';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readConfig } from '../config.js';
import { createDatabase } from '../database/database-admin.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../database/embedded-postgres.js';
import { ormConfig } from '../database/orm-config.js';
import { prepareDatabase } from '../database/prepare-database.js';
import type { Logger } from '../logger.js';

/** The embedded server's database and local credentials, as main.ts and embedded-postgres.ts set them. */
const EMBEDDED_DATABASE = 'edu_vn';
const EMBEDDED_CREDENTIALS = 'postgres:edu-vn-local';

/** A database the command works on, and how to let it go. */
export interface CliDatabase {
  orm: MikroORM;
  close(): Promise<void>;
}

/** The port of an embedded server already running on the data folder (the API's), from its postmaster.pid. */
async function runningEmbeddedPort(dataDir: string): Promise<number | null> {
  let text: string;
  try {
    text = await readFile(join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  const [pidLine, , , portLine] = text.split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return port;
}

/**
 * Opens the database the API uses: DATABASE_URL when set; otherwise the embedded server of the data folder, joined
 * while the API runs it or started for the command and stopped after. Unless `prepare` is false, pending migrations
 * are applied first and an empty database is seeded.
 */
export async function openCliDatabase(logger: Logger, { prepare = true }: { prepare?: boolean } = {}): Promise<CliDatabase> {
  const config = readConfig();
  let url = config.databaseUrl;
  let embedded: EmbeddedPostgres | undefined;
  if (url === undefined) {
    const port = await runningEmbeddedPort(config.embeddedDataDir);
    if (port !== null) {
      url = `postgresql://${EMBEDDED_CREDENTIALS}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
    } else {
      embedded = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, logger });
      await createDatabase(embedded.url('postgres'), EMBEDDED_DATABASE);
      url = embedded.url(EMBEDDED_DATABASE);
    }
  }
  if (prepare) await prepareDatabase(url, logger);
  const orm = await MikroORM.init(ormConfig(url));
  return {
    orm,
    async close() {
      await orm.close();
      await embedded?.stop();
    },
  };
}
