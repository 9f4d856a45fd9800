import { parseIsoDate } from '../period/iso-date.js';
import { DomainError } from '../validation/domain-error.js';
import type { Lang } from './lang.js';

const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** English name of a month 1-12. */
export function monthNameEn(month: number): string {
  const name = MONTHS_EN[month - 1];
  if (!name) throw new DomainError('invalid_month', `Tháng ${month} không tồn tại.`, `There is no month ${month}.`);
  return name;
}

/**
 * Formats a stored date "YYYY-MM-DD" for a reader: "05/11/2023" in Vietnamese (day first, as in official documents),
 * "5 November 2023" in English, spelled out so that no reader takes it for 11 May.
 */
export function formatDate(iso: string, lang: Lang = 'vi'): string {
  const date = parseIsoDate(iso);
  if (!date) {
    throw new DomainError('invalid_date', `Ngày «${iso}» không hợp lệ (cần dạng YYYY-MM-DD).`, `Invalid date "${iso}" (expected YYYY-MM-DD).`);
  }
  if (lang === 'vi') {
    return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
  }
  return `${date.day} ${monthNameEn(date.month)} ${date.year}`;
}
