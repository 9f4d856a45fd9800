import { MikroORM } from '@mikro-orm/postgresql';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDatabase } from '../database/database-admin.js';
import { MIGRATIONS_SOURCE_DIR, ormConfig } from '../database/orm-config.js';
import { startTemporaryPostgres } from '../database/temporary-postgres.js';
import { createLogger } from '../logger.js';

/**
 * Generates the next migration: starts a throwaway PostgreSQL, applies the committed migrations, diffs the
 * entities of modules.ts against that real schema, writes src/migrations/Migration<timestamp>.ts and
 * rewrites src/migrations/index.ts to list every migration. Usage: migration:create [name]
 */
async function listMigrations(): Promise<string[]> {
  const files = await readdir(MIGRATIONS_SOURCE_DIR);
  return files
    .filter((file) => /^Migration\d{14}.*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
}

async function writeIndex(names: string[]): Promise<void> {
  const imports = names.map((name) => `import { ${name} } from './${name}.js';`);
  const entries = names.map((name) => `  { name: '${name}', class: ${name} },`);
  await writeFile(
    join(MIGRATIONS_SOURCE_DIR, 'index.ts'),
    [
      "import type { MigrationObject } from '@mikro-orm/core';",
      ...imports,
      '',
      '/** Every committed migration in order; `pnpm --filter @edu-vn/api migration:create` rewrites this list. */',
      `export const migrations: readonly MigrationObject[] = [${names.length ? `\n${entries.join('\n')}\n` : ''}];`,
      '',
    ].join('\n'),
  );
}

const logger = createLogger('warn');
const server = await startTemporaryPostgres(logger);
try {
  await createDatabase(server.url('postgres'), 'migrations');
  const orm = await MikroORM.init(ormConfig(server.url('migrations')));
  try {
    await orm.migrator.up();
    const result = await orm.migrator.create(MIGRATIONS_SOURCE_DIR, false, false, process.argv[2]);
    process.stdout.write(result.fileName ? `Wrote src/migrations/${result.fileName}\n` : 'No schema changes: no migration written.\n');
    await writeIndex(await listMigrations());
  } finally {
    await orm.close();
  }
} finally {
  await server.stop();
}
