import { aggregateObservations, DISTRIBUTIONS, evaluateAttainment, formatNumber, getIndicator, INDICATORS, PLANS, type Target } from '@edu-vn/domain';
import { generateDemoExplanations, type DemoExplanation } from './demo-observations.explanations.js';
import { generateDemoObservations, type DemoInputs, type DemoObservation } from './demo-observations.js';
import type { Figure } from './demo-observations.values.js';

/** Whether a figure lies on the side of a target its comparator accepts, in the direction its indicator is better: what figures are aimed at. */
const meets = (target: Target, figure: Figure): boolean => evaluateAttainment(target, figure, getIndicator(target.indicator).direction).status === 'met';

/** Domain attainment: whether a figure misses a target judged on its own (a middle band of a distribution never is). */
const misses = (target: Target, figure: Figure): boolean => evaluateAttainment(target, figure, getIndicator(target.indicator)).status === 'not_met';

/** The generator's inputs taken from the domain: the five plans, the catalogue, attainment and aggregation. */
export function demoInputsFromDomain(seed?: string): DemoInputs {
  return {
    plans: PLANS,
    indicators: INDICATORS,
    distributions: DISTRIBUTIONS,
    meets,
    sumRates: (parts) => {
      const result = aggregateObservations(
        'percent',
        parts.map((_, index) => String(index)),
        parts.map((part, index) => ({ unitCode: String(index), value: part.value, numerator: part.numerator ?? null, denominator: part.denominator ?? null })),
        { requireComplete: true },
      );
      if (!result.ok) throw new Error(`${result.messageVi} / ${result.messageEn}`);
      return { value: result.value, numerator: result.numerator, denominator: result.denominator };
    },
    ...(seed === undefined ? {} : { seed }),
  };
}

/** The illustrative dataset the demo database is seeded with. */
export function demoObservations(seed?: string): DemoObservation[] {
  return generateDemoObservations(demoInputsFromDomain(seed));
}

/** Illustrative explanations of a few missed targets of plans 000 and 003, from the figures they miss. */
export function demoExplanations(observations: readonly DemoObservation[]): DemoExplanation[] {
  return generateDemoExplanations({ plans: PLANS, indicators: INDICATORS, observations, misses, formatNumber: (value, lang) => formatNumber(value, lang) });
}
