import { createLogger } from '../logger.js';
import { openCliDatabase } from './cli-database.js';
import { UsageError, type Command } from './cli-command.js';
import { migrateCommand, seedCommand } from './database-commands.js';
import { exportCommand } from './export-command.js';
import { importCommand } from './import-command.js';
import { releaseCommand } from './release-command.js';
import { templateCommand } from './template-command.js';
import { tokenCommand } from './token-command.js';

/** The subcommands; a feature adds its own here. */
const COMMANDS: Record<string, Command> = {
  migrate: migrateCommand,
  seed: seedCommand,
  token: tokenCommand,
  template: templateCommand,
  import: importCommand,
  export: exportCommand,
  release: releaseCommand,
};

function help(): string {
  return [
    'Cách dùng / Usage: pnpm --filter @edu-vn/api cli <lệnh / command> …',
    '',
    ...Object.entries(COMMANDS).flatMap(([name, command]) => [`  ${name.padEnd(9)} ${command.summary}`, `            ${command.usage.replaceAll('\n', '\n            ')}`]),
    '',
    'Cơ sở dữ liệu: DATABASE_URL, hoặc PostgreSQL nhúng của API (EMBEDDED_PG_DIR). / Database: DATABASE_URL, or the API’s embedded PostgreSQL (EMBEDDED_PG_DIR).',
  ].join('\n');
}

const [name, ...args] = process.argv.slice(2);
const command = name === undefined ? undefined : COMMANDS[name];
if (!command) {
  process.stdout.write(`${help()}\n`);
  process.exit(name === undefined || name === 'help' || name === '--help' ? 0 : 2);
}
const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
const database = await openCliDatabase(logger, { prepare: command.preparesDatabase !== true });
let code = 1;
try {
  code = await command.run({ args, orm: database.orm, logger, out: (line) => process.stdout.write(`${line}\n`) });
} catch (caught) {
  if (caught instanceof UsageError) {
    process.stderr.write(`${caught.messageVi}\n${caught.messageEn}\n\n${command.usage}\n`);
    code = 2;
  } else {
    throw caught;
  }
} finally {
  await database.close();
}
process.exit(code);
