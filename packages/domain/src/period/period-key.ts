import { DomainError } from '../validation/domain-error.js';
import type { Period, PeriodKey } from './period.js';

/** Years outside this range are typing mistakes in education statistics, not periods. */
export const MIN_PERIOD_YEAR = 1900;
export const MAX_PERIOD_YEAR = 2100;

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;
const CALENDAR_YEAR = /^(\d{4})$/;
const SEMESTER = /^(\d{4})-(\d{4})\/HK([12])$/;
const MONTH = /^(\d{4})-(\d{2})$/;

const FORMS_VI = 'năm học "2024-2025", năm "2023", học kỳ "2024-2025/HK1" hoặc "2024-2025/HK2", tháng "2024-09"';
const FORMS_EN = 'school year "2024-2025", year "2023", semester "2024-2025/HK1" or "2024-2025/HK2", month "2024-09"';

function invalid(key: string, reasonVi: string, reasonEn: string): DomainError {
  return new DomainError('invalid_period_key', `Mã kỳ báo cáo «${key}» không hợp lệ: ${reasonVi}.`, `Invalid period key "${key}": ${reasonEn}.`);
}

function checkYear(key: string, year: number): void {
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw invalid(key, `năm ${year} nằm ngoài khoảng ${MIN_PERIOD_YEAR}-${MAX_PERIOD_YEAR}`, `year ${year} is outside ${MIN_PERIOD_YEAR}-${MAX_PERIOD_YEAR}`);
  }
}

function schoolYearStart(key: string, first: string, second: string): number {
  const start = Number(first);
  if (Number(second) !== start + 1) {
    throw invalid(key, `năm học phải gồm hai năm liên tiếp, như "${start}-${start + 1}"`, `a school year spans two consecutive years, as in "${start}-${start + 1}"`);
  }
  checkYear(key, start);
  checkYear(key, start + 1);
  return start;
}

/** Reads a stable period key ("2024-2025", "2023", "2024-2025/HK1", "2024-09"); throws a DomainError naming what is wrong. */
export function parsePeriod(key: PeriodKey): Period {
  let match = SEMESTER.exec(key);
  if (match) {
    const startYear = schoolYearStart(key, match[1] ?? '', match[2] ?? '');
    return { kind: 'semester', startYear, semester: match[3] === '1' ? 1 : 2 };
  }
  match = SCHOOL_YEAR.exec(key);
  if (match) return { kind: 'school_year', startYear: schoolYearStart(key, match[1] ?? '', match[2] ?? '') };
  match = CALENDAR_YEAR.exec(key);
  if (match) {
    const year = Number(match[1]);
    checkYear(key, year);
    return { kind: 'calendar_year', year };
  }
  match = MONTH.exec(key);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12) throw invalid(key, `tháng ${month} không tồn tại`, `there is no month ${month}`);
    checkYear(key, year);
    return { kind: 'month', year, month };
  }
  throw invalid(key, `dùng ${FORMS_VI}`, `use ${FORMS_EN}`);
}

/** Reads a period key, or null when it is not one: for validation, which reports the problem itself. */
export function tryParsePeriod(key: string): Period | null {
  try {
    return parsePeriod(key);
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** True for a well-formed period key. */
export function isPeriodKey(key: string): boolean {
  return tryParsePeriod(key) !== null;
}

/** Writes a period's stable key; the inverse of parsePeriod, and as strict (a month 13 or a year 20245 throws). */
export function formatPeriodKey(period: Period): PeriodKey {
  let key: string;
  switch (period.kind) {
    case 'school_year':
      key = `${period.startYear}-${period.startYear + 1}`;
      break;
    case 'calendar_year':
      key = String(period.year);
      break;
    case 'semester':
      key = `${period.startYear}-${period.startYear + 1}/HK${period.semester}`;
      break;
    case 'month':
      key = `${period.year}-${String(period.month).padStart(2, '0')}`;
      break;
  }
  parsePeriod(key);
  return key;
}
