import type { IndicatorUnit } from '../indicator/indicator.js';
import { roundToNano } from '../attainment/evaluate-attainment.js';

/** The figure of one child unit (a district for a province, a commune for a district). */
export interface ChildFigure {
  unitCode: string;
  value: number;
  numerator?: number | null;
  denominator?: number | null;
  /** When given, every child must agree on them: figures of different indicators, levels or periods are never added. */
  indicator?: string;
  level?: string;
  period?: string;
}

/** Which of the expected children gave a figure. */
export interface Coverage {
  expected: readonly string[];
  present: readonly string[];
  missing: readonly string[];
  complete: boolean;
}

export type AggregationRefusalCode =
  | 'not_additive'
  | 'missing_numerator_denominator'
  | 'zero_denominator'
  | 'no_data'
  | 'incomplete'
  | 'duplicate_unit'
  | 'unexpected_unit'
  | 'mixed_figures'
  | 'no_predecessors'
  | 'partial_succession';

export type AggregationResult =
  | { ok: true; value: number; numerator?: number; denominator?: number; coverage: Coverage }
  | { ok: false; code: AggregationRefusalCode; messageVi: string; messageEn: string; units: readonly string[]; coverage: Coverage };

export interface AggregateOptions {
  /** Refuse unless every expected child gave a figure (a count summed over some communes undercounts the district). */
  requireComplete?: boolean;
}

const UNIT_VI: Readonly<Record<IndicatorUnit, string>> = {
  percent: 'tỷ lệ',
  count: 'số lượng',
  ordinal: 'mức độ',
  percentage_points: 'mức thay đổi (điểm phần trăm)',
  ratio: 'tỷ số',
  money: 'số tiền',
};

function refuse(code: AggregationRefusalCode, messageVi: string, messageEn: string, units: readonly string[], coverage: Coverage): AggregationResult {
  return { ok: false, code, messageVi, messageEn, units, coverage };
}

/**
 * Combines the figures of child units into their parent's figure. A rate is recomputed from the summed numerators and
 * denominators (× 100), never averaged from the children's rates, so every child must give both. A ratio likewise
 * (without × 100). Counts and money are summed. Ordinal levels and changes in percentage points are not additive and
 * are refused: the parent's level or change must be assessed or computed from its own rates.
 */
export function aggregateObservations(
  unit: IndicatorUnit,
  expectedChildren: readonly string[],
  figures: readonly ChildFigure[],
  options: AggregateOptions = {},
): AggregationResult {
  const expected = [...new Set(expectedChildren)];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const figure of figures) {
    if (seen.has(figure.unitCode)) duplicates.add(figure.unitCode);
    seen.add(figure.unitCode);
  }
  const present = expected.filter((code) => seen.has(code));
  const coverage: Coverage = { expected, present, missing: expected.filter((code) => !seen.has(code)), complete: present.length === expected.length };

  if (unit === 'ordinal' || unit === 'percentage_points') {
    return refuse(
      'not_additive',
      `Không cộng gộp được ${UNIT_VI[unit]} của các đơn vị con: phải đánh giá hoặc tính riêng cho đơn vị cấp trên.`,
      `${unit === 'ordinal' ? 'Ordinal levels' : 'Changes in percentage points'} of child units cannot be combined: assess or compute them for the parent unit itself.`,
      [],
      coverage,
    );
  }
  if (duplicates.size > 0) {
    const units = [...duplicates];
    return refuse('duplicate_unit', `Đơn vị ${units.join(', ')} có hơn một số liệu.`, `Unit ${units.join(', ')} has more than one figure.`, units, coverage);
  }
  const unexpected = figures.map((figure) => figure.unitCode).filter((code) => !expected.includes(code));
  if (unexpected.length > 0) {
    return refuse(
      'unexpected_unit',
      `Đơn vị ${unexpected.join(', ')} không thuộc đơn vị cấp trên này.`,
      `Unit ${unexpected.join(', ')} is not part of this parent unit.`,
      unexpected,
      coverage,
    );
  }
  for (const key of ['indicator', 'level', 'period'] as const) {
    const values = new Set(figures.map((figure) => figure[key]).filter((value) => value !== undefined));
    if (values.size > 1) {
      return refuse(
        'mixed_figures',
        `Các số liệu không cùng ${{ indicator: 'chỉ số', level: 'cấp học', period: 'kỳ báo cáo' }[key]} (${[...values].join(', ')}).`,
        `The figures do not share one ${key} (${[...values].join(', ')}).`,
        [],
        coverage,
      );
    }
  }
  if (figures.length === 0) {
    return refuse('no_data', 'Không đơn vị con nào có số liệu.', 'No child unit has a figure.', [], coverage);
  }
  if (options.requireComplete && !coverage.complete) {
    return refuse(
      'incomplete',
      `Thiếu số liệu của ${coverage.missing.length}/${expected.length} đơn vị con: ${coverage.missing.join(', ')}.`,
      `Figures are missing for ${coverage.missing.length} of ${expected.length} child units: ${coverage.missing.join(', ')}.`,
      coverage.missing,
      coverage,
    );
  }

  if (unit === 'count' || unit === 'money') {
    const value = figures.reduce((sum, figure) => sum + figure.value, 0);
    return { ok: true, value: roundToNano(value), coverage };
  }

  const lacking = figures
    .filter((figure) => figure.numerator === undefined || figure.numerator === null || figure.denominator === undefined || figure.denominator === null)
    .map((figure) => figure.unitCode);
  if (lacking.length > 0) {
    return refuse(
      'missing_numerator_denominator',
      `Không tính được ${UNIT_VI[unit]} chung: đơn vị ${lacking.join(', ')} thiếu tử số hoặc mẫu số (không lấy trung bình các tỷ lệ).`,
      `Cannot compute the combined ${unit === 'percent' ? 'rate' : 'ratio'}: unit ${lacking.join(', ')} lacks a numerator or denominator (rates are never averaged).`,
      lacking,
      coverage,
    );
  }
  const numerator = figures.reduce((sum, figure) => sum + (figure.numerator ?? 0), 0);
  const denominator = figures.reduce((sum, figure) => sum + (figure.denominator ?? 0), 0);
  if (denominator === 0) {
    return refuse('zero_denominator', 'Tổng mẫu số bằng 0: không tính được tỷ lệ.', 'The denominators sum to 0: no rate can be computed.', [], coverage);
  }
  const value = roundToNano(((unit === 'percent' ? 100 : 1) * numerator) / denominator);
  return { ok: true, value, numerator, denominator, coverage };
}
