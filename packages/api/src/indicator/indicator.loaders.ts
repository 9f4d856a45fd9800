import { sql } from 'kysely';
import { createKeyLoader } from '../common/loaders.js';
import type { LoaderDeps } from '../context.js';
import { DistributionEntity } from './distribution.entity.js';
import { distributionFromEntity, indicatorFromRow } from './indicator.mapper.js';

/** Per-request loaders of indicators and distributions by code. */
export function createIndicatorLoaders({ em, db }: LoaderDeps) {
  return {
    // Plain rows: a list of figures asks for its indicators on every request, and hydrating entities cost more than the query.
    byCode: createKeyLoader(
      async (codes) => (await sql<Record<string, unknown>>`select * from indicator where code = any(${[...codes]}::text[])`.execute(db)).rows.map(indicatorFromRow),
      (indicator) => indicator.code,
    ),
    distributionByCode: createKeyLoader(
      async (codes) => (await em.find(DistributionEntity, { code: { $in: [...codes] } })).map(distributionFromEntity),
      (distribution) => distribution.code,
    ),
  };
}
