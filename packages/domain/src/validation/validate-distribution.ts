import type { Distribution } from '../indicator/indicator.js';
import { showNumber } from './show-number.js';
import { validationIssue, type IssueLocation, type ValidationIssue } from './validation-issue.js';

/** Bands are typed rounded to one or two decimals each, so their sum may miss 100 by a little. */
export const DISTRIBUTION_TOLERANCE = 0.5;

const n = (value: number) => showNumber(value, 'vi');
const nEn = (value: number) => showNumber(value, 'en');

/**
 * Checks the bands of one distribution (e.g. Hoàn thành xuất sắc / Hoàn thành tốt / Hoàn thành / Chưa hoàn thành):
 * every band given once and no other, each within 0-100, and together 100% within ±0.5.
 */
export function validateDistribution(
  bands: readonly { indicator: string; value: number }[],
  distribution: Distribution,
  location: IssueLocation & { tolerance?: number } = {},
): ValidationIssue[] {
  const at: IssueLocation = location.row === undefined ? {} : { row: location.row };
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const band of bands) {
    if (!distribution.bands.includes(band.indicator)) {
      issues.push(validationIssue('error', band.indicator, 'unknown_band', `không thuộc phân bố «${distribution.nameVi}».`, `is not a band of the distribution "${distribution.nameEn}".`, at));
    } else if (seen.has(band.indicator)) {
      issues.push(validationIssue('error', band.indicator, 'duplicate_band', 'được nhập hai lần.', 'is given twice.', at));
    }
    seen.add(band.indicator);
    if (!Number.isFinite(band.value) || band.value < 0 || band.value > 100) {
      issues.push(validationIssue('error', band.indicator, 'rate_out_of_range', `tỷ lệ ${n(band.value)}% nằm ngoài khoảng 0-100%.`, `the rate ${nEn(band.value)}% is outside 0-100%.`, at));
    }
  }
  const missing = distribution.bands.filter((band) => !seen.has(band));
  if (missing.length > 0) {
    issues.push(
      validationIssue(
        'error',
        'distribution',
        'missing_band',
        `phân bố «${distribution.nameVi}» thiếu mức: ${missing.join(', ')}.`,
        `the distribution "${distribution.nameEn}" lacks bands: ${missing.join(', ')}.`,
        at,
      ),
    );
  }
  if (issues.length > 0) return issues;
  const tolerance = location.tolerance ?? DISTRIBUTION_TOLERANCE;
  const sum = Math.round(bands.reduce((total, band) => total + band.value, 0) * 1e9) / 1e9;
  if (Math.abs(sum - 100) > tolerance + 1e-9) {
    issues.push(
      validationIssue(
        'error',
        'distribution',
        'distribution_sum',
        `các mức của phân bố «${distribution.nameVi}» cộng lại được ${n(sum)}%, không phải 100% (sai lệch cho phép ±${n(tolerance)}).`,
        `the bands of "${distribution.nameEn}" add up to ${nEn(sum)}%, not 100% (allowed ±${nEn(tolerance)}).`,
        at,
      ),
    );
  }
  return issues;
}
