import { evaluateAttainment, roundToNano, type JudgedIndicator } from '../attainment/evaluate-attainment.js';
import type { Indicator } from '../indicator/indicator.js';
import type { ParsedTarget } from '../target/target.js';
import { showNumber } from './show-number.js';
import { validationIssue, type IssueLocation, type ValidationIssue } from './validation-issue.js';

/** A rate rarely moves more than this many percentage points in a year; a larger move is more often a typing slip. */
export const DEFAULT_MAX_YEARLY_CHANGE = 10;

const n = (value: number) => showNumber(value, 'vi');
const nEn = (value: number) => showNumber(value, 'en');

/** Warns when a rate moves more than `maxChange` points from the previous year's figure (a warning, never an error). */
export function checkYearOnYearChange(
  value: number,
  previous: { value: number; period?: string },
  indicator: Pick<Indicator, 'unit'>,
  location: IssueLocation & { maxChange?: number | undefined } = {},
): ValidationIssue[] {
  if (indicator.unit !== 'percent' || !Number.isFinite(previous.value)) return [];
  const maxChange = location.maxChange ?? DEFAULT_MAX_YEARLY_CHANGE;
  const change = roundToNano(value - previous.value);
  if (Math.abs(change) <= maxChange) return [];
  const when = previous.period ? ` (${previous.period})` : '';
  const verbVi = change > 0 ? 'tăng' : 'giảm';
  const verbEn = change > 0 ? 'rose' : 'fell';
  return [
    validationIssue(
      'warning',
      'value',
      'implausible_change',
      `tỷ lệ ${verbVi} ${n(Math.abs(change))} điểm phần trăm so với năm trước${when} (${n(previous.value)}% → ${n(value)}%), quá ${n(maxChange)} điểm: xin kiểm tra lại.`,
      `the rate ${verbEn} by ${nEn(Math.abs(change))} percentage points from the previous year${when} (${nEn(previous.value)}% → ${nEn(value)}%), more than ${nEn(maxChange)}: please check.`,
      location.row === undefined ? {} : { row: location.row },
    ),
  ];
}

/** Warns when the previous year's figure (the baseline) already meets this period's target: the target asks for nothing new, or a figure is wrong. */
export function checkTargetMetAtBaseline(
  target: Pick<ParsedTarget, 'comparator' | 'value' | 'valueMax'>,
  baseline: number,
  indicator: JudgedIndicator,
  location: IssueLocation = {},
): ValidationIssue[] {
  if (!Number.isFinite(baseline)) return [];
  if (evaluateAttainment(target, { value: baseline }, indicator).status !== 'met') return [];
  return [
    validationIssue(
      'warning',
      'target',
      'target_met_at_baseline',
      `số liệu năm trước (${n(baseline)}) đã đạt chỉ tiêu năm nay: chỉ tiêu không đòi hỏi thêm, hoặc một số liệu bị sai.`,
      `the previous year's figure (${nEn(baseline)}) already meets this year's target: the target asks for nothing new, or a figure is wrong.`,
      location,
    ),
  ];
}
