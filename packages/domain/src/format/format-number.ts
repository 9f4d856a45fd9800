import { DomainError } from '../validation/domain-error.js';
import { INTL_LOCALE, type Lang } from './lang.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat is costly to build, and a page formats thousands of figures. */
function numberFormat(lang: Lang, minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${minimumFractionDigits}:${maximumFractionDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[lang], { minimumFractionDigits, maximumFractionDigits, useGrouping: true });
    formatters.set(key, format);
  }
  return format;
}

function requireFinite(value: number): void {
  if (!Number.isFinite(value)) {
    throw new DomainError('not_a_number', `Không định dạng được giá trị không phải số (${value}).`, `Cannot format a value that is not a number (${value}).`);
  }
}

/** Formats the way the reader writes it: formatNumber(23800) → "23.800", formatNumber(98.5) → "98,5"; in English "23,800", "98.5". */
export function formatNumber(value: number, lang: Lang = 'vi', options: { maximumFractionDigits?: number } = {}): string {
  requireFinite(value);
  const text = numberFormat(lang, 0, options.maximumFractionDigits ?? 2).format(value);
  return text === '-0' ? '0' : text;
}

/** Formats with a fixed number of decimals, for columns that must line up: formatDecimal(1.5, 2) → "1,50". */
export function formatDecimal(value: number, fractionDigits: number, lang: Lang = 'vi'): string {
  requireFinite(value);
  const text = numberFormat(lang, fractionDigits, fractionDigits).format(value);
  return /^-0(?:[.,]0+)?$/.test(text) ? text.slice(1) : text;
}

/**
 * Formats a rate already on the 0-100 scale: formatPercent(98.5) → "98,5%" ("98.5%" in English).
 * Two decimals at most by default, so that 98.96 is not shown as a rounded "99%" beside a "trên 99%" target.
 */
export function formatPercent(value: number, lang: Lang = 'vi', options: { maximumFractionDigits?: number } = {}): string {
  return `${formatNumber(value, lang, options)}%`;
}
