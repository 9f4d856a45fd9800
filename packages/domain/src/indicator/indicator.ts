import type { Level } from '../level/level.js';
import type { Disaggregation } from '../target/target.js';

/** What an indicator's values measure. */
export type IndicatorUnit =
  | 'percent' // 0-100
  | 'count' // whole number of children, schools, communes…
  | 'ordinal' // a level such as "mức độ 3" (not summed across units)
  | 'percentage_points' // a change in a rate, e.g. stunting reduced by 0.5 pp per year
  | 'ratio' // e.g. pupils per class
  | 'money'; // Vietnamese đồng

export type Direction = 'higher_is_better' | 'lower_is_better' | 'neutral';

/** An indicator of the catalogue. */
export interface Indicator {
  /** Stable code, e.g. "dropout_rate". */
  code: string;
  nameVi: string;
  nameEn: string;
  definitionVi: string;
  definitionEn: string;
  unit: IndicatorUnit;
  direction: Direction;
  /** Levels this indicator may be reported for. */
  levels: readonly Level[];
  /** For rates: what is counted above and below the line. */
  numeratorVi?: string;
  denominatorVi?: string;
  numeratorEn?: string;
  denominatorEn?: string;
  /** For one band of a distribution: the distribution's code; bands of one distribution sum to 100%. */
  distribution?: string;
  /** For ordinal indicators: the highest level (e.g. 3 for PCGD mức độ 3). */
  ordinalMax?: number;
  /** Breakdowns that make sense for this indicator (ethnic-minority children, grade 6…); absent means none. */
  disaggregations?: readonly Disaggregation['by'][];
  /** Theme used to group indicators on the portal. */
  theme: IndicatorTheme;
}

export type IndicatorTheme =
  | 'access' // enrolment, mobilisation, attendance
  | 'efficiency' // completion, graduation, dropout, repetition
  | 'quality' // learning outcomes, assessment bands, competencies
  | 'wellbeing' // nutrition, health
  | 'universalisation' // PCGD, XMC
  | 'schools' // accreditation, national standard, facilities
  | 'staff' // teachers and managers
  | 'digital' // digital transformation
  | 'finance'; // budget

/** A distribution: bands of one population that together make 100%. */
export interface Distribution {
  code: string;
  nameVi: string;
  nameEn: string;
  /** Indicator codes of the bands, best first. */
  bands: readonly string[];
}
