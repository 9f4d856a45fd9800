import type { MikroORM } from '@mikro-orm/postgresql';
import { Kysely, PostgresDialect } from 'kysely';
import type { Server } from 'node:http';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { releaseDuePublications } from './release-due-publications.js';

/** How often the server looks for scheduled publications whose time has come. */
export const RELEASE_INTERVAL_MS = 1000;

/**
 * Publishes scheduled figures within a second of their time while the server runs. It uses a one-connection pool of
 * its own, so it never competes with requests for the API's connections, and stops when the HTTP server closes.
 */
export function startReleaseTimer({ orm, httpServer, logger }: { orm: MikroORM; httpServer: Server; logger: Logger }): void {
  const pool = new pg.Pool({ connectionString: orm.config.get('clientUrl'), max: 1 });
  pool.on('error', (error) => logger.warn({ err: error }, 'release timer connection error'));
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    releaseDuePublications(db)
      .then((ids) => {
        if (ids.length > 0) logger.info({ published: ids.length }, 'scheduled figures published');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'publishing scheduled figures failed'))
      .finally(() => {
        busy = false;
      });
  }, RELEASE_INTERVAL_MS);
  timer.unref();
  httpServer.once('close', () => {
    clearInterval(timer);
    void db.destroy();
  });
}
