import { findIndicator, type Disaggregation } from '@edu-vn/domain';
import type { FigureEntry } from '../import/figure-entry.js';
import { parseDisaggregation } from '../import/disaggregation-label.js';
import type { ImportIssue } from '../import/import-issue.js';
import { periodKeyError } from '../import/period-key-error.js';
import { mutationError, type MutationError } from './mutation-error.js';
import type { ObservationSaveItem } from './workflow.type.js';

/** Where an API figure sits: the "sheet" is the input list and the "row" its index, so issues map back to a path. */
export const API_SHEET = 'figures';

function disaggregationOf(input: ObservationSaveItem['disaggregation']): Disaggregation | null | undefined {
  if (!input) return null;
  return parseDisaggregation(input.by === 'grade' ? `lop ${input.value}` : `${input.by}=${input.value}`) ?? undefined;
}

/** Types an API figure like a row of a file; the errors are those a file's cells would get, with a path instead. */
export function saveItemEntry(item: ObservationSaveItem, index: number, submit: boolean): { entry: FigureEntry | null; errors: MutationError[] } {
  const errors: MutationError[] = [];
  const indicator = findIndicator(item.indicator);
  if (!indicator) errors.push(mutationError(['figures', index, 'indicator'], 'BAD_USER_INPUT', 'unknown_indicator', `không có chỉ số mã «${item.indicator}».`, `there is no indicator "${item.indicator}".`));
  const disaggregation = disaggregationOf(item.disaggregation);
  if (disaggregation === undefined) errors.push(mutationError(['figures', index, 'disaggregation'], 'BAD_USER_INPUT', 'unknown_breakdown', 'phân tổ không hợp lệ.', 'invalid breakdown.'));
  const periodError = periodKeyError(item.period);
  if (periodError) {
    errors.push(mutationError(['figures', index, 'period'], 'BAD_USER_INPUT', periodError.code, `Số liệu thứ ${index + 1}: ${periodError.detailVi}`, `Figure ${index + 1}: ${periodError.detailEn}`));
  }
  let value = item.value ?? null;
  if (value === null && indicator?.unit === 'percent' && typeof item.numerator === 'number' && typeof item.denominator === 'number' && item.denominator > 0) {
    value = Math.round((10_000 * 100 * item.numerator) / item.denominator) / 10_000;
  }
  if (value === null) errors.push(mutationError(['figures', index, 'value'], 'BAD_USER_INPUT', 'value_missing', 'thiếu giá trị.', 'the value is missing.'));
  if (!indicator || disaggregation === undefined || value === null || periodError) return { entry: null, errors };
  return {
    entry: {
      location: { sheet: API_SHEET, kind: 'file', row: index, column: null },
      columns: {},
      unitId: item.unit,
      period: item.period,
      level: item.level,
      indicator,
      disaggregation,
      value,
      numerator: item.numerator ?? null,
      denominator: item.denominator ?? null,
      source: item.source?.trim() || null,
      submit,
      reason: item.reason?.trim() || null,
      version: item.expectedVersion ?? null,
    },
    errors,
  };
}

const CODE_BY_RULE: Readonly<Record<string, MutationError['code']>> = {
  stale_version: 'CONFLICT',
  version_required: 'CONFLICT',
  concurrent_change: 'CONFLICT',
  forbidden_unit: 'FORBIDDEN',
  forbidden_submit: 'FORBIDDEN',
  unknown_unit: 'NOT_FOUND',
};

/** An import issue about an API figure, as a user error with the path of its field. */
export function issueAsMutationError(issue: ImportIssue): MutationError {
  const field = issue.sheet === API_SHEET && issue.row !== null ? ['figures', issue.row, issue.field] : null;
  const prefixVi = issue.row === null ? '' : `Số liệu thứ ${issue.row + 1}: `;
  const prefixEn = issue.row === null ? '' : `Figure ${issue.row + 1}: `;
  return mutationError(field, CODE_BY_RULE[issue.code] ?? 'VALIDATION_FAILED', issue.code, `${prefixVi}${issue.detailVi}`, `${prefixEn}${issue.detailEn}`);
}
