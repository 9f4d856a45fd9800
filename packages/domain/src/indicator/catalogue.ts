import type { Distribution, Indicator } from './indicator.js';
import { ACCESS_INDICATORS } from './access.js';
import { DIGITAL_INDICATORS } from './digital.js';
import { EFFICIENCY_INDICATORS } from './efficiency.js';
import { FINANCE_INDICATORS } from './finance.js';
import { QUALITY_DISTRIBUTIONS, QUALITY_INDICATORS } from './quality.js';
import { SCHOOL_INDICATORS } from './schools.js';
import { STAFF_INDICATORS } from './staff.js';
import { UNIVERSALISATION_INDICATORS } from './universalisation.js';
import { WELLBEING_INDICATORS } from './wellbeing.js';

export { PRIMARY_COMPETENCIES, primaryCompetencyDistribution, type PrimaryCompetencyKey } from './quality.js';

/** Every indicator the platform knows, grouped by theme in the order the portal shows them. */
export const INDICATORS: readonly Indicator[] = [
  ...ACCESS_INDICATORS,
  ...EFFICIENCY_INDICATORS,
  ...QUALITY_INDICATORS,
  ...WELLBEING_INDICATORS,
  ...UNIVERSALISATION_INDICATORS,
  ...SCHOOL_INDICATORS,
  ...STAFF_INDICATORS,
  ...DIGITAL_INDICATORS,
  ...FINANCE_INDICATORS,
];

/** Every distribution: bands of one population that together make 100%. */
export const DISTRIBUTIONS: readonly Distribution[] = QUALITY_DISTRIBUTIONS;

const BY_CODE = new Map(INDICATORS.map((indicator) => [indicator.code, indicator]));
const DISTRIBUTION_BY_CODE = new Map(DISTRIBUTIONS.map((distribution) => [distribution.code, distribution]));

/** The indicator with this code, or undefined when the catalogue has none. */
export function findIndicator(code: string): Indicator | undefined {
  return BY_CODE.get(code);
}

/** The indicator with this code; an unknown code is a programming or data error, so it throws. */
export function getIndicator(code: string): Indicator {
  const indicator = BY_CODE.get(code);
  if (!indicator) {
    throw new Error(`Không có chỉ số "${code}" trong danh mục / Unknown indicator code "${code}"`);
  }
  return indicator;
}

/** The distribution with this code, or undefined when the catalogue has none. */
export function findDistribution(code: string): Distribution | undefined {
  return DISTRIBUTION_BY_CODE.get(code);
}

/** The distribution with this code; throws for an unknown code. */
export function getDistribution(code: string): Distribution {
  const distribution = DISTRIBUTION_BY_CODE.get(code);
  if (!distribution) {
    throw new Error(`Không có phân bố "${code}" trong danh mục / Unknown distribution code "${code}"`);
  }
  return distribution;
}
