import type { Level } from '../level/level.js';
import type { PeriodKey } from '../period/period.js';
import type { Disaggregation } from '../target/target.js';

export const OBSERVATION_STATUSES = ['draft', 'submitted', 'approved', 'published'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

/** An actual figure (kết quả thực hiện) for an indicator, unit, level and period. */
export interface Observation {
  indicator: string;
  unitCode: string;
  level: Level;
  period: PeriodKey;
  disaggregation?: Disaggregation;
  /** The value in the indicator's unit (for rates, 100 × numerator / denominator). */
  value: number;
  numerator?: number;
  denominator?: number;
  status: ObservationStatus;
  /** Revision number, 1 for the first; a correction is a new revision. */
  revision: number;
  /** Where the figure comes from (report, import file…). */
  source: string;
  /** True for figures generated for demonstration, never real. */
  illustrative: boolean;
}
