import type { Indicator } from '@edu-vn/domain';

/** A generated value with its numerator and denominator when the indicator has them. */
export interface SyntheticFigure {
  value: number;
  numerator: number | null;
  denominator: number | null;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const between = (random: number, low: number, high: number) => low + random * (high - low);

/** A rate's usual range by direction: high for completion-like rates, low for dropout-like ones. */
function rateRange(indicator: Indicator): [number, number] {
  if (indicator.direction === 'higher_is_better') return [82, 99.8];
  if (indicator.direction === 'lower_is_better') return [0.1, 6];
  return [20, 80];
}

/** How many people a rate is counted over: a district is about ten times a commune. */
function population(district: boolean, random: number): number {
  return Math.round(district ? between(random, 1_500, 25_000) : between(random, 80, 2_500));
}

/**
 * One plausible figure. `base` places the unit within the indicator's range and stays the same every year; `year`
 * moves it a little from one school year to the next, so a time series looks like one.
 */
export function syntheticFigure(indicator: Indicator, district: boolean, base: () => number, year: () => number): SyntheticFigure {
  const drift = (year() - 0.5) * 0.08;
  const position = Math.min(1, Math.max(0, base() + drift));
  switch (indicator.unit) {
    case 'percent': {
      const [low, high] = rateRange(indicator);
      const rate = between(position, low, high);
      if (indicator.numeratorVi === undefined) return { value: round(rate, 1), numerator: null, denominator: null };
      const denominator = population(district, base());
      const numerator = Math.round((denominator * rate) / 100);
      return { value: round((100 * numerator) / denominator, 4), numerator, denominator };
    }
    case 'ratio': {
      const [low, high] = indicator.code === 'pupils_per_class' ? [22, 42] : [0.8, 2.2];
      const ratio = between(position, low, high);
      if (indicator.numeratorVi === undefined) return { value: round(ratio, 2), numerator: null, denominator: null };
      const denominator = Math.max(1, Math.round(population(district, base()) / (indicator.code === 'pupils_per_class' ? 1 : 30)));
      const numerator = Math.round(denominator * ratio);
      return { value: round(numerator / denominator, 4), numerator, denominator };
    }
    case 'ordinal':
      return { value: 1 + Math.min((indicator.ordinalMax ?? 3) - 1, Math.floor(position * (indicator.ordinalMax ?? 3))), numerator: null, denominator: null };
    case 'percentage_points':
      return { value: round(between(position, 0.1, 1.5), 2), numerator: null, denominator: null };
    case 'money':
      return { value: Math.round(between(position, 1e8, 5e10)), numerator: null, denominator: null };
    case 'count': {
      const scale = indicator.code === 'enrolment_count' ? (district ? 30_000 : 2_500) : district ? 120 : 12;
      return { value: Math.round(position * scale), numerator: null, denominator: null };
    }
  }
}

/**
 * The bands of one distribution for one unit, level and year: shares of a single population that add up to 100%
 * (numerators add up to the denominator), in the order of `bands`.
 */
export function syntheticBands(bands: readonly Indicator[], district: boolean, random: () => number): SyntheticFigure[] {
  const weights = bands.map((_, index) => (bands.length - index) * (0.5 + random()));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const denominator = population(district, random());
  const numerators = weights.map((weight) => Math.floor((denominator * weight) / total));
  numerators[0]! += denominator - numerators.reduce((sum, numerator) => sum + numerator, 0);
  return bands.map((band, index) => {
    const numerator = numerators[index]!;
    if (band.numeratorVi === undefined) return { value: round((100 * numerator) / denominator, 2), numerator: null, denominator: null };
    return { value: round((100 * numerator) / denominator, 4), numerator, denominator };
  });
}
