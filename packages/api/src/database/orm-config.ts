import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import { fileURLToPath } from 'node:url';
import { migrations } from '../migrations/index.js';
import { entities } from '../modules.js';
import { RoutedEntityManager } from './routed-entity-manager.js';

/** Where new migrations are written: the committed source folder, from src/ and from dist/ alike. */
export const MIGRATIONS_SOURCE_DIR = fileURLToPath(new URL('../../src/migrations/', import.meta.url));

/** MikroORM's `replicas` for the read-only servers (DATABASE_READ_URLS); each takes the primary's other settings. */
export function readReplicas(urls: readonly string[]): NonNullable<Options['replicas']> {
  return urls.map((clientUrl, index) => ({ name: `read-${index + 1}`, clientUrl }));
}

/**
 * MikroORM options for one database; `overrides` add replicas, pool, driver or logging settings. Nothing reads from a
 * replica unless a request is routed there (preferReadReplicas off, see replica-routing-plugin.ts).
 */
export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entityManager: RoutedEntityManager,
    preferReadReplicas: false,
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
