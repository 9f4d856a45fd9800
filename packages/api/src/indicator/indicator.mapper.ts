import type { Disaggregation } from '@edu-vn/domain';
import type { DistributionEntity } from './distribution.entity.js';
import type { IndicatorEntity } from './indicator.entity.js';
import type { Distribution, Indicator } from './indicator.type.js';

/** The API's view of an indicator row. */
export function indicatorFromEntity(entity: IndicatorEntity): Indicator {
  return {
    code: entity.code,
    nameVi: entity.nameVi,
    nameEn: entity.nameEn,
    definitionVi: entity.definitionVi,
    definitionEn: entity.definitionEn,
    unit: entity.unit,
    direction: entity.direction,
    theme: entity.theme,
    levels: entity.levels,
    numeratorVi: entity.numeratorVi,
    denominatorVi: entity.denominatorVi,
    numeratorEn: entity.numeratorEn,
    denominatorEn: entity.denominatorEn,
    ordinalMax: entity.ordinalMax,
    disaggregations: (entity.disaggregations ?? []) as Disaggregation['by'][],
    distributionCode: entity.distribution,
  };
}

/** The API's view of a distribution row. */
export function distributionFromEntity(entity: DistributionEntity): Distribution {
  return { code: entity.code, nameVi: entity.nameVi, nameEn: entity.nameEn, bandCodes: entity.bands };
}
