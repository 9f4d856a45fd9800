import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { releaseDuePublications } from '../workflow/release-due-publications.js';
import type { Command } from './cli-command.js';

/** Publishes scheduled figures whose time has come, for a deployment that runs it from cron instead of the server. */
export const releaseCommand: Command = {
  summary: 'Công bố các số liệu hẹn giờ đã đến hạn / Publish scheduled figures whose time has come',
  usage: 'release',
  async run({ orm, out }) {
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: orm.config.get('clientUrl'), max: 1 }) }) });
    try {
      const ids = await releaseDuePublications(db);
      out(`Đã công bố / Published: ${ids.length}`);
      return 0;
    } finally {
      await db.destroy();
    }
  },
};
