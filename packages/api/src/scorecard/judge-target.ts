import { evaluateAttainment } from '@edu-vn/domain';
import type { Indicator } from '../indicator/indicator.type.js';
import type { Observation } from '../observation/observation.type.js';
import type { Target } from '../target/target.type.js';
import type { Attainment } from './scorecard.type.js';

/** The domain's attainment of a target given the figure the caller may see (or none); a middle band of a distribution is not judged alone. */
export function judgeTarget(
  target: Pick<Target, 'comparator' | 'value' | 'valueMax'>,
  actual: Pick<Observation, 'value' | 'illustrative'> | null,
  indicator: Pick<Indicator, 'direction' | 'distributionCode'>,
): Attainment {
  const result = evaluateAttainment(
    { comparator: target.comparator, value: target.value, ...(target.valueMax === null ? {} : { valueMax: target.valueMax }) },
    actual === null ? null : { value: actual.value, illustrative: actual.illustrative },
    { direction: indicator.direction, distribution: indicator.distributionCode },
  );
  return { status: result.status, margin: result.margin, observed: result.observed, illustrative: result.illustrative };
}
