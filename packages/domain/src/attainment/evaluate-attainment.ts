import type { Direction, Indicator } from '../indicator/indicator.js';
import type { ParsedTarget } from '../target/target.js';
import { DomainError } from '../validation/domain-error.js';

/** not_assessed: a target the plan states but that is not judged on its own (a middle band of a distribution). */
export type AttainmentStatus = 'met' | 'not_met' | 'no_data' | 'not_assessed';

/** Whether a target was met (đạt / không đạt), computed from the target and the observation, never stored by hand. */
export interface Attainment {
  status: AttainmentStatus;
  /**
   * How far the observed value is from the target's threshold, signed so that positive is better than the threshold
   * in the indicator's direction: for higher-is-better (and for "giảm 0,5%" reductions) observed − threshold, for
   * lower-is-better threshold − observed. For "between", the distance to the nearer bound, positive inside the range,
   * zero on a bound, negative outside. For a neutral indicator, the side the comparator accepts is positive and "="
   * gives −|observed − value|. Rounded to 1e-9 so that 98.1 − 98 reads 0.1. Null without data and when not assessed.
   */
  margin: number | null;
  /** The observed value, or null without data. */
  observed: number | null;
  /** True when the observation is a generated, illustrative figure rather than a real one. */
  illustrative: boolean;
}

/** Enough of an observation to judge a target. */
export interface AttainmentObservation {
  value: number;
  illustrative?: boolean;
}

/** What of an indicator decides how its targets are judged: its direction, and the distribution it is a band of. */
export type JudgedIndicator = Pick<Indicator, 'direction'> & { distribution?: string | null };

/**
 * A neutral band of a distribution ("Đạt 80%" between "Tốt 20%" and "Cần cố gắng 0%") is the plan's expected split:
 * a district that beats the best band must miss it, so it is stated but not judged on its own.
 */
export function isJudgedOnItsOwn(indicator: JudgedIndicator): boolean {
  return !(indicator.direction === 'neutral' && typeof indicator.distribution === 'string');
}

/** Rates computed as 100 × numerator / denominator carry float noise (99.00000000000001); differences below 1e-9 are noise. */
export function roundToNano(value: number): number {
  const rounded = Math.round(value * 1e9) / 1e9;
  return rounded === 0 ? 0 : rounded;
}

function sideSign(comparator: ParsedTarget['comparator'], direction: Direction): 1 | -1 {
  if (direction === 'higher_is_better') return 1;
  if (direction === 'lower_is_better') return -1;
  return comparator === 'lt' || comparator === 'lte' ? -1 : 1;
}

/**
 * Judges a target against an observation: "trên 98%" is met by 98.1 and not by 98.0, "dưới 1%" by 0.9 and not by 1.0,
 * "không quá 5%" by 5.0, "01-02 xã" by 1 and 2 (bounds included). A missing observation gives no_data, never not_met.
 * Given the indicator rather than its direction alone, a middle band of a distribution gives not_assessed, with or
 * without data, keeping the observed value.
 */
export function evaluateAttainment(
  target: Pick<ParsedTarget, 'comparator' | 'value' | 'valueMax'>,
  observation: AttainmentObservation | null | undefined,
  judgedBy: Direction | JudgedIndicator,
): Attainment {
  const direction = typeof judgedBy === 'string' ? judgedBy : judgedBy.direction;
  if (typeof judgedBy !== 'string' && !isJudgedOnItsOwn(judgedBy)) {
    const observed = observation?.value ?? null;
    return { status: 'not_assessed', margin: null, observed, illustrative: observation?.illustrative ?? false };
  }
  if (observation === null || observation === undefined) {
    return { status: 'no_data', margin: null, observed: null, illustrative: false };
  }
  const observed = observation.value;
  if (!Number.isFinite(observed)) {
    throw new DomainError('not_a_number', `Giá trị quan sát không phải là số (${observed}).`, `The observed value is not a number (${observed}).`);
  }
  const difference = roundToNano(observed - target.value);
  let met: boolean;
  let margin: number;
  switch (target.comparator) {
    case 'gt':
      met = difference > 0;
      break;
    case 'gte':
      met = difference >= 0;
      break;
    case 'lt':
      met = difference < 0;
      break;
    case 'lte':
      met = difference <= 0;
      break;
    case 'eq':
      met = difference === 0;
      break;
    case 'between': {
      if (target.valueMax === undefined) {
        throw new DomainError('between_without_upper_bound', 'Chỉ tiêu dạng khoảng thiếu cận trên.', 'A "between" target lacks its upper bound.');
      }
      margin = roundToNano(Math.min(observed - target.value, target.valueMax - observed));
      return { status: margin >= 0 ? 'met' : 'not_met', margin, observed, illustrative: observation.illustrative ?? false };
    }
  }
  if (target.comparator === 'eq' && direction === 'neutral') {
    margin = -Math.abs(difference);
  } else {
    margin = sideSign(target.comparator, direction) * difference;
  }
  return { status: met ? 'met' : 'not_met', margin: margin === 0 ? 0 : margin, observed, illustrative: observation.illustrative ?? false };
}
