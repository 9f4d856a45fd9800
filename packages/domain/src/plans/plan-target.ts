import type { Level } from '../level/level.js';
import type { PeriodKey } from '../period/period.js';
import type { Disaggregation, ParsedTarget, Target } from '../target/target.js';

/** What one target of a plan states; the plan fills in its id, unit and period. */
export interface PlanTargetSpec extends ParsedTarget {
  section: string;
  indicator: string;
  level: Level;
  wording: string;
  quote: string;
  disaggregation?: Disaggregation;
  /** Distinguishes two targets that would otherwise share an id. */
  idSuffix?: string;
  note?: string;
  /** When the target's period differs from the plan's (a school-year target in a calendar-year plan). */
  period?: PeriodKey;
}

/** Builds a plan's targets with ids of the form "003-II.1-mobilisation_rate-nha_tre". */
export function planTargets(
  plan: { id: string; unitCode: string; period: PeriodKey },
  specs: readonly PlanTargetSpec[],
): Target[] {
  return specs.map(({ idSuffix, period, ...spec }) => ({
    ...spec,
    id: [plan.id, spec.section, spec.indicator, spec.level, disaggregationKey(spec.disaggregation), idSuffix]
      .filter((part) => part !== undefined)
      .join('-'),
    plan: plan.id,
    unitCode: plan.unitCode,
    period: period ?? plan.period,
  }));
}

function disaggregationKey(disaggregation: Disaggregation | undefined): string | undefined {
  if (!disaggregation) return undefined;
  return disaggregation.by === 'grade' ? `grade${disaggregation.value}` : disaggregation.value;
}
