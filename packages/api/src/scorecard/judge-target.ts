import { evaluateAttainment, type Direction } from '@edu-vn/domain';
import type { Observation } from '../observation/observation.type.js';
import type { Target } from '../target/target.type.js';
import type { Attainment } from './scorecard.type.js';

/** The domain's attainment of a target given the figure the caller may see (or none). */
export function judgeTarget(target: Target, actual: Observation | null, direction: Direction): Attainment {
  const result = evaluateAttainment(
    { comparator: target.comparator, value: target.value, ...(target.valueMax === null ? {} : { valueMax: target.valueMax }) },
    actual === null ? null : { value: actual.value, illustrative: actual.illustrative },
    direction,
  );
  return { status: result.status, margin: result.margin, observed: result.observed, illustrative: result.illustrative };
}
