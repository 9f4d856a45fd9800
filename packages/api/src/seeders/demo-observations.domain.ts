import { aggregateObservations, DISTRIBUTIONS, evaluateAttainment, getIndicator, INDICATORS, PLANS } from '@edu-vn/domain';
import { generateDemoObservations, type DemoInputs, type DemoObservation } from './demo-observations.js';

/** The generator's inputs taken from the domain: the five plans, the catalogue, attainment and aggregation. */
export function demoInputsFromDomain(seed?: string): DemoInputs {
  return {
    plans: PLANS,
    indicators: INDICATORS,
    distributions: DISTRIBUTIONS,
    meets: (target, figure) => evaluateAttainment(target, figure, getIndicator(target.indicator).direction).status === 'met',
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
