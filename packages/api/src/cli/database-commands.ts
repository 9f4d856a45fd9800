import { prepareDatabase } from '../database/prepare-database.js';
import type { Command } from './cli-command.js';

/** Applies the committed migrations, all or nothing, under the same lock as the API's start-up; seeds nothing. */
export const migrateCommand: Command = {
  summary: 'Áp dụng các migration chưa chạy / Apply the pending migrations',
  usage: 'migrate',
  preparesDatabase: true,
  async run({ orm, logger, out }) {
    const prepared = await prepareDatabase(orm.config.get('clientUrl') as string, logger, { seed: false });
    out(
      prepared.migrations.length === 0
        ? 'Không có migration nào cần chạy / No pending migrations'
        : `Đã áp dụng / Applied: ${prepared.migrations.join(', ')}`,
    );
    return 0;
  },
};

/** Migrates, then loads the seed data (units, indicators, plans, illustrative figures) into a database without units. */
export const seedCommand: Command = {
  summary: 'Nạp dữ liệu ban đầu vào cơ sở dữ liệu trống / Load the seed data into an empty database',
  usage: 'seed',
  preparesDatabase: true,
  async run({ orm, logger, out }) {
    const prepared = await prepareDatabase(orm.config.get('clientUrl') as string, logger);
    out(
      prepared.seeded
        ? `Đã nạp dữ liệu trong ${Math.round(prepared.seedMs)} ms / Seeded in ${Math.round(prepared.seedMs)} ms`
        : 'Cơ sở dữ liệu đã có dữ liệu, không nạp lại / The database already has data: nothing seeded',
    );
    return 0;
  },
};
