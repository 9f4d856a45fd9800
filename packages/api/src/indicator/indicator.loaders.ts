import { createKeyLoader } from '../common/loaders.js';
import type { LoaderDeps } from '../context.js';
import { DistributionEntity } from './distribution.entity.js';
import { IndicatorEntity } from './indicator.entity.js';
import { distributionFromEntity, indicatorFromEntity } from './indicator.mapper.js';

/** Per-request loaders of indicators and distributions by code. */
export function createIndicatorLoaders({ em }: LoaderDeps) {
  return {
    byCode: createKeyLoader(
      async (codes) => (await em.find(IndicatorEntity, { code: { $in: [...codes] } })).map(indicatorFromEntity),
      (indicator) => indicator.code,
    ),
    distributionByCode: createKeyLoader(
      async (codes) => (await em.find(DistributionEntity, { code: { $in: [...codes] } })).map(distributionFromEntity),
      (distribution) => distribution.code,
    ),
  };
}
