import type { Level } from '../level/level.js';
import type { PeriodKey } from '../period/period.js';

export type Comparator = 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'between';

/** What the target parser reads from a phrase such as "trên 98%" or "01-02 xã". */
export interface ParsedTarget {
  comparator: Comparator;
  /** The value, or the lower bound for "between". */
  value: number;
  /** The upper bound for "between". */
  valueMax?: number;
  /** The unit the phrase states: "%" → percent, "xã", "trường", "trẻ"… → count, "1,5" giáo viên/lớp → ratio. */
  unit: 'percent' | 'count' | 'ordinal' | 'percentage_points' | 'ratio' | 'money';
  /** For "07/07 xã": the denominator the phrase names. */
  outOf?: number;
  /** For "giảm 0,5%": the target is a change of the rate, and value is its size (a reduction of at least 0.5 points). */
  change?: 'decrease' | 'increase';
}

/** A target (chỉ tiêu) as a plan states it. */
export interface Target extends ParsedTarget {
  /** Stable id within the platform, e.g. "003-II.1.a-mobilisation_rate-mau_giao". */
  id: string;
  indicator: string;
  level: Level;
  period: PeriodKey;
  /** GSO code of the unit the target is set for (a district for the five plans). */
  unitCode: string;
  /** Plan id and section, e.g. plan "003", section "II.2.c". */
  plan: string;
  section: string;
  /** The phrase as written in the plan, verbatim (e.g. "trên 99%"). */
  wording: string;
  /** The sentence or table row the target comes from, verbatim from the plan text. */
  quote: string;
  /** Optional disaggregation (e.g. ethnic-minority children). */
  disaggregation?: Disaggregation;
  /** Optional note, e.g. "grade 6 only". */
  note?: string;
}

/** A breakdown of a population; absent means the total. */
export type Disaggregation =
  | { by: 'sex'; value: 'female' | 'male' }
  | { by: 'ethnicity'; value: 'minority' | 'kinh' }
  | { by: 'disability'; value: 'disabled' | 'not_disabled' }
  | { by: 'grade'; value: number };
