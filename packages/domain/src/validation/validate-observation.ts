import { formatNumber } from '../format/format-number.js';
import type { Indicator } from '../indicator/indicator.js';
import { LEVELS, type Level } from '../level/level.js';
import { levelLabel } from '../level/level-labels.js';
import { parsePeriod } from '../period/period-key.js';
import type { ParsedTarget } from '../target/target.js';
import { DomainError } from './domain-error.js';
import { checkTargetMetAtBaseline, checkYearOnYearChange } from './plausibility.js';
import { showNumber } from './show-number.js';
import { validationIssue, type IssueLocation, type ValidationIssue } from './validation-issue.js';

/** A figure as submitted (typed, imported from Excel or sent through the API), before it is accepted. */
export interface ObservationInput {
  indicator?: string;
  level: string;
  period: string;
  value: number;
  numerator?: number | null;
  denominator?: number | null;
}

export interface ObservationValidationContext extends IssueLocation {
  /** The figure of the same indicator, unit and level a year earlier, for plausibility warnings. */
  previous?: { value: number; period?: string } | null;
  /** Largest believable year-on-year move of a rate, in percentage points (default 10). */
  maxChange?: number;
  /** This period's target, to warn when the previous year's figure already met it. */
  target?: Pick<ParsedTarget, 'comparator' | 'value' | 'valueMax'> | null;
}

/** How far a stated rate may sit from 100 × numerator / denominator: rates are often typed with one or two decimals. */
export const RATE_TOLERANCE = 0.05;

const n = (value: number) => showNumber(value, 'vi');
const nEn = (value: number) => showNumber(value, 'en');

function isGiven(value: number | null | undefined): value is number {
  return value !== null && value !== undefined;
}

/**
 * Checks a submitted figure against its indicator: a rate within 0-100, a numerator not above its denominator and
 * consistent with the stated rate, a count whole and not negative, an ordinal level within 1..ordinalMax, a level the
 * indicator is reported for, a well-formed period; then plausibility warnings against the previous year. Returns
 * every issue found (none means the figure may be accepted), each naming its field and, when given, its row.
 */
export function validateObservation(input: ObservationInput, indicator: Indicator, context: ObservationValidationContext = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at: IssueLocation = context.row === undefined ? {} : { row: context.row };
  const error = (field: string, code: string, vi: string, en: string) => issues.push(validationIssue('error', field, code, vi, en, at));

  if (input.indicator !== undefined && input.indicator !== indicator.code) {
    error('indicator', 'indicator_mismatch', `mã chỉ số «${input.indicator}» không khớp với «${indicator.code}».`, `indicator code "${input.indicator}" does not match "${indicator.code}".`);
  }

  checkLevel(input.level, indicator, error);
  checkPeriod(input.period, error);

  const valueOk = checkValue(input.value, indicator, error) && !issues.some((found) => found.field === 'value');
  const countsOk = checkCounts(input, indicator, error, issues, at);
  if (valueOk && countsOk && isGiven(input.numerator) && isGiven(input.denominator) && (indicator.unit === 'percent' || indicator.unit === 'ratio')) {
    const computed = ((indicator.unit === 'percent' ? 100 : 1) * input.numerator) / input.denominator;
    if (Math.abs(input.value - computed) > RATE_TOLERANCE + 1e-9) {
      const unitVi = indicator.unit === 'percent' ? '%' : '';
      error(
        'value',
        'value_inconsistent',
        `giá trị ${n(input.value)}${unitVi} không khớp với tử số / mẫu số (${n(input.numerator)} / ${n(input.denominator)} = ${formatNumber(computed, 'vi')}${unitVi}).`,
        `the value ${nEn(input.value)}${unitVi} does not match numerator / denominator (${nEn(input.numerator)} / ${nEn(input.denominator)} = ${formatNumber(computed, 'en')}${unitVi}).`,
      );
    }
  }

  if (valueOk && !issues.some((found) => found.field === 'value')) {
    if (context.previous) issues.push(...checkYearOnYearChange(input.value, context.previous, indicator, { ...at, maxChange: context.maxChange }));
    if (context.previous && context.target) issues.push(...checkTargetMetAtBaseline(context.target, context.previous.value, indicator, at));
  }
  return issues;
}

type ErrorSink = (field: string, code: string, vi: string, en: string) => void;

function checkLevel(level: string, indicator: Indicator, error: ErrorSink): void {
  if (!(LEVELS as readonly string[]).includes(level)) {
    error('level', 'unknown_level', `cấp học «${level}» không tồn tại.`, `there is no level "${level}".`);
    return;
  }
  if (!indicator.levels.includes(level as Level)) {
    const allowedVi = indicator.levels.map((allowed) => levelLabel(allowed)).join(', ');
    const allowedEn = indicator.levels.map((allowed) => levelLabel(allowed, 'en')).join(', ');
    error(
      'level',
      'level_not_allowed',
      `chỉ số «${indicator.nameVi}» không báo cáo cho cấp ${levelLabel(level as Level)} (chỉ cho: ${allowedVi}).`,
      `indicator "${indicator.nameEn}" is not reported for ${levelLabel(level as Level, 'en')} (only for: ${allowedEn}).`,
    );
  }
}

function checkPeriod(period: string, error: ErrorSink): void {
  try {
    parsePeriod(period);
  } catch (caught) {
    if (!(caught instanceof DomainError)) throw caught;
    error('period', 'invalid_period', caught.messageVi, caught.messageEn);
  }
}

/** Checks the value alone; true when it is a usable number. */
function checkValue(value: number, indicator: Indicator, error: ErrorSink): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    error('value', 'not_a_number', `giá trị «${String(value)}» không phải là số.`, `the value "${String(value)}" is not a number.`);
    return false;
  }
  switch (indicator.unit) {
    case 'percent':
      if (value < 0 || value > 100) error('value', 'rate_out_of_range', `tỷ lệ ${n(value)}% nằm ngoài khoảng 0-100%.`, `the rate ${nEn(value)}% is outside 0-100%.`);
      break;
    case 'percentage_points':
      if (value < -100 || value > 100) {
        error('value', 'change_out_of_range', `mức thay đổi ${n(value)} điểm phần trăm nằm ngoài khoảng -100 đến 100.`, `the change of ${nEn(value)} percentage points is outside -100 to 100.`);
      }
      break;
    case 'count':
      if (!Number.isInteger(value)) error('value', 'not_whole', `số lượng ${n(value)} phải là số nguyên.`, `the count ${nEn(value)} must be a whole number.`);
      if (value < 0) error('value', 'negative', `số lượng ${n(value)} không được âm.`, `the count ${nEn(value)} must not be negative.`);
      break;
    case 'ordinal': {
      const max = indicator.ordinalMax;
      if (!Number.isInteger(value) || value < 1 || (max !== undefined && value > max)) {
        const range = max === undefined ? 'từ 1 trở lên' : `từ 1 đến ${max}`;
        const rangeEn = max === undefined ? 'from 1 up' : `from 1 to ${max}`;
        error('value', 'ordinal_out_of_range', `mức độ ${n(value)} phải là số nguyên ${range}.`, `the level ${nEn(value)} must be a whole number ${rangeEn}.`);
      }
      break;
    }
    case 'ratio':
    case 'money':
      if (value < 0) error('value', 'negative', `giá trị ${n(value)} không được âm.`, `the value ${nEn(value)} must not be negative.`);
      break;
  }
  return true;
}

/** Checks numerator and denominator; true when both are given and usable for a consistency check. */
function checkCounts(input: ObservationInput, indicator: Indicator, error: ErrorSink, issues: ValidationIssue[], at: IssueLocation): boolean {
  const { numerator, denominator } = input;
  if (!isGiven(numerator) && !isGiven(denominator)) {
    if (indicator.unit === 'percent' && indicator.numeratorVi !== undefined) {
      issues.push(
        validationIssue(
          'warning',
          'numerator',
          'rate_without_counts',
          'tỷ lệ nhập không kèm tử số và mẫu số: không cộng gộp được lên cấp tỉnh.',
          'the rate comes without numerator and denominator: it cannot be combined into a provincial figure.',
          at,
        ),
      );
    }
    return false;
  }
  if (!isGiven(numerator)) {
    error('numerator', 'numerator_missing', 'có mẫu số nhưng thiếu tử số.', 'a denominator is given without its numerator.');
    return false;
  }
  if (!isGiven(denominator)) {
    error('denominator', 'denominator_missing', 'có tử số nhưng thiếu mẫu số.', 'a numerator is given without its denominator.');
    return false;
  }
  let ok = true;
  for (const [field, value, vi] of [
    ['numerator', numerator, 'tử số'],
    ['denominator', denominator, 'mẫu số'],
  ] as const) {
    if (!Number.isFinite(value) || !Number.isInteger(value) || value < 0) {
      error(field, 'count_invalid', `${vi} ${n(value)} phải là số nguyên không âm.`, `the ${field} ${nEn(value)} must be a whole number, not negative.`);
      ok = false;
    }
  }
  if (!ok) return false;
  if (denominator === 0) {
    error('denominator', 'zero_denominator', 'mẫu số bằng 0.', 'the denominator is 0.');
    return false;
  }
  if (indicator.unit === 'percent' && numerator > denominator) {
    error(
      'numerator',
      'numerator_exceeds_denominator',
      `tử số (${n(numerator)}) lớn hơn mẫu số (${n(denominator)}).`,
      `the numerator (${nEn(numerator)}) exceeds the denominator (${nEn(denominator)}).`,
    );
    return false;
  }
  return true;
}
