import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { seeders } from '../modules.js';

/** Runs every feature's seeder in the order of modules.ts, in one transaction: all of the data or none. */
export class DatabaseSeeder extends Seeder {
  override async run(em: EntityManager): Promise<void> {
    await em.transactional(async (tx) => {
      for (const FeatureSeeder of seeders) {
        await new FeatureSeeder().run(tx);
        await tx.flush();
      }
    });
  }
}
