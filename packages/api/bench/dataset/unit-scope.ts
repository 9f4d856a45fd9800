import type { Indicator, Level } from '@edu-vn/domain';
import { COMMUNE_LEVELS, type DatasetSpec } from './dataset-spec.ts';

/** The part of an admin_unit row the generator needs. */
export interface SyntheticUnit {
  id: string;
  era: 'pre-reform' | 'post-reform';
  kind: 'province' | 'district' | 'commune';
  provinceId: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface IndicatorLevel {
  indicator: Indicator;
  level: Level;
}

/** Counting communes is a district's figure; a commune does not count itself. */
const DISTRICT_ONLY_SUFFIX = '_commune_count';

/** The (indicator, level) pairs a unit of this kind reports: districts every pair, communes their own school levels. */
export function indicatorLevelsFor(kind: SyntheticUnit['kind'], indicators: readonly Indicator[]): IndicatorLevel[] {
  if (kind === 'province') return [];
  return indicators.flatMap((indicator) =>
    indicator.levels
      .filter(() => kind === 'district' || !indicator.code.endsWith(DISTRICT_ONLY_SUFFIX))
      .filter((level) => kind === 'district' || COMMUNE_LEVELS.has(level))
      .map((level) => ({ indicator, level })),
  );
}

/** Whether the unit existed during the school year "YYYY-YYYY" (opening in September, closing in May). */
export function existsDuring(unit: SyntheticUnit, schoolYear: string): boolean {
  const start = Number(schoolYear.slice(0, 4));
  return (unit.validFrom === null || unit.validFrom <= `${start + 1}-05-31`) && (unit.validTo === null || unit.validTo > `${start}-09-05`);
}

/** The school years the dataset holds for a unit. */
export function yearsFor(unit: SyntheticUnit, spec: DatasetSpec): readonly string[] {
  const years =
    unit.era === 'post-reform'
      ? unit.kind === 'commune'
        ? spec.postReformYears
        : []
      : unit.kind === 'district'
        ? spec.districtYears
        : unit.kind === 'commune'
          ? spec.communeYears
          : [];
  return years.filter((year) => existsDuring(unit, year));
}
