import type { MikroORM } from '@mikro-orm/postgresql';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { releaseDuePublications } from './release-due-publications.js';

/** How often the server looks for scheduled publications whose time has come. */
export const RELEASE_INTERVAL_MS = 1000;

/**
 * Publishes scheduled figures within a second of their time while the server runs. It uses a one-connection pool of
 * its own, so it never competes with requests for the API's connections. The returned function stops it, waiting for
 * a run in flight, so the database can be closed or dropped after it without breaking a live connection.
 */
export function startReleaseTimer({ orm, logger }: { orm: MikroORM; logger: Logger }): () => Promise<void> {
  const pool = new pg.Pool({ connectionString: orm.config.get('clientUrl'), max: 1 });
  pool.on('error', (error) => logger.warn({ err: error }, 'release timer connection error'));
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = releaseDuePublications(db)
      .then((ids) => {
        if (ids.length > 0) logger.info({ published: ids.length }, 'scheduled figures published');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'publishing scheduled figures failed'))
      .finally(() => {
        running = undefined;
      });
  }, RELEASE_INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await db.destroy();
  };
}
