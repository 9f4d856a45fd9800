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

/** The API's view of an indicator read as a plain row, without making an entity of it. */
export function indicatorFromRow(row: Record<string, unknown>): Indicator {
  return {
    code: String(row.code),
    nameVi: String(row.name_vi),
    nameEn: String(row.name_en),
    definitionVi: String(row.definition_vi),
    definitionEn: String(row.definition_en),
    unit: row.unit as Indicator['unit'],
    direction: row.direction as Indicator['direction'],
    theme: row.theme as Indicator['theme'],
    levels: row.levels as Indicator['levels'],
    numeratorVi: (row.numerator_vi as string | null) ?? null,
    denominatorVi: (row.denominator_vi as string | null) ?? null,
    numeratorEn: (row.numerator_en as string | null) ?? null,
    denominatorEn: (row.denominator_en as string | null) ?? null,
    ordinalMax: row.ordinal_max === null || row.ordinal_max === undefined ? null : Number(row.ordinal_max),
    disaggregations: ((row.disaggregations as string[] | null) ?? []) as Disaggregation['by'][],
    distributionCode: (row.distribution as string | null) ?? null,
  };
}
