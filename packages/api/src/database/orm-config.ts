import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import { fileURLToPath } from 'node:url';
import { migrations } from '../migrations/index.js';
import { entities } from '../modules.js';

/** Where new migrations are written: the committed source folder, from src/ and from dist/ alike. */
export const MIGRATIONS_SOURCE_DIR = fileURLToPath(new URL('../../src/migrations/', import.meta.url));

/** MikroORM options for one database; `overrides` add pool, driver or logging settings. */
export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: [...entities],
    extensions: [Migrator, SeedManager],
    discovery: { warnWhenNoEntities: false },
    migrations: {
      migrationsList: [...migrations],
      path: MIGRATIONS_SOURCE_DIR,
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
    },
    pool: { min: 0, max: 10 },
    ...overrides,
  });
}
