import { formatNumber } from '../format/format-number.js';
import type { Lang } from '../format/lang.js';

/** Writes a submitted number back into a message, as the reader writes numbers, without choking on NaN. */
export function showNumber(value: number, lang: Lang): string {
  return Number.isFinite(value) ? formatNumber(value, lang, { maximumFractionDigits: 6 }) : String(value);
}
