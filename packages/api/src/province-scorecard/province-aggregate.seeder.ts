import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { refreshProvinceAggregates } from './refresh-province-aggregates.js';

/** Computes the province aggregates of the seeded figures; runs after every seeder that writes figures. */
export class ProvinceAggregateSeeder extends Seeder {
  override async run(em: EntityManager): Promise<void> {
    await refreshProvinceAggregates(em.getKysely<unknown>());
  }
}
