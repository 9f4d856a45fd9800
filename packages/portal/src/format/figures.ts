import { formatDate, formatDecimal, formatNumber, formatPercent } from '@edu-vn/domain';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import type { IndicatorUnit, TargetInfo } from '../data/site-data.js';

/**
 * A figure in its indicator's unit, the way a reader of the page's language writes it; `decimals` fixes the
 * decimals of a rate where they matter ("98,0%" is not met by "trên 98%").
 */
export function formatValue(value: number, unit: IndicatorUnit, lang: Lang, decimals?: number): string {
  switch (unit) {
    case 'percent':
      return decimals === undefined ? formatPercent(value, lang) : `${formatDecimal(value, decimals, lang)}%`;
    case 'count':
      return formatNumber(value, lang, { maximumFractionDigits: 0 });
    case 'ordinal':
      return lang === 'vi' ? `mức ${formatNumber(value, lang)}` : `level ${formatNumber(value, lang)}`;
    case 'percentage_points':
      return lang === 'vi' ? `${formatNumber(value, lang)} điểm %` : `${formatNumber(value, lang)} pp`;
    case 'money':
      return lang === 'vi' ? `${formatNumber(value, lang, { maximumFractionDigits: 0 })} đồng` : `${formatNumber(value, lang, { maximumFractionDigits: 0 })} VND`;
    case 'ratio':
      return formatNumber(value, lang);
  }
}

/** A target in plain words: "trên 98%", "không quá 5%", "từ 1 đến 2" (English: "above 98%"…). */
export function formatTarget(target: Pick<TargetInfo, 'comparator' | 'value' | 'valueMax' | 'unit'>, lang: Lang): string {
  const words = messages(lang).comparator;
  if (target.comparator === 'between' && target.valueMax !== null) {
    const low = formatValue(target.value, target.unit, lang);
    const high = formatValue(target.valueMax, target.unit, lang);
    return lang === 'vi' ? `từ ${low} đến ${high}` : `between ${low} and ${high}`;
  }
  const value = formatValue(target.value, target.unit, lang);
  return target.comparator === 'eq' ? value : `${words[target.comparator]} ${value}`;
}

/** An ordinal gap in words, since "−mức 1" reads as a level of its own: "thiếu 1 mức", "vượt 2 mức", "đúng mức". */
function ordinalMargin(margin: number, lang: Lang): string {
  const steps = formatNumber(Math.abs(margin), lang);
  if (lang === 'vi') return margin === 0 ? 'đúng mức' : `${margin < 0 ? 'thiếu' : 'vượt'} ${steps} mức`;
  if (margin === 0) return 'at the level';
  return `${steps} ${Math.abs(margin) === 1 ? 'level' : 'levels'} ${margin < 0 ? 'short' : 'above'}`;
}

/** The gap to a target, signed (+ on the good side); a gap between rates is in percentage points, between levels in words. */
export function formatMargin(margin: number, unit: IndicatorUnit, lang: Lang): string {
  if (unit === 'ordinal') return ordinalMargin(margin, lang);
  const sign = margin > 0 ? '+' : margin < 0 ? '−' : '±';
  const magnitude = Math.abs(margin);
  const gapUnit: IndicatorUnit = unit === 'percent' ? 'percentage_points' : unit;
  return `${sign}${formatValue(magnitude, gapUnit, lang)}`;
}

/** A plain number in the page's language: 23.800 in Vietnamese, 23,800 in English. */
export { formatNumber };

/** Axis ticks of a chart: numbers only, in the page's language. */
export function formatTick(lang: Lang): (value: number) => string {
  return (value) => formatNumber(value, lang);
}

/** A stored ISO date ("2024-09-06", or a timestamp) for a reader. */
export function formatDay(iso: string, lang: Lang): string {
  return formatDate(iso.slice(0, 10), lang);
}

/** A period key for a reader: "2024-2025" stays, "2024-2025/HK1" becomes "HK I 2024-2025". */
export function formatPeriod(period: string, lang: Lang): string {
  const semester = /^(\d{4}-\d{4})\/HK([12])$/.exec(period);
  if (semester) return lang === 'vi' ? `Học kỳ ${semester[2] === '1' ? 'I' : 'II'} ${semester[1]}` : `Semester ${semester[2]} ${semester[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return lang === 'vi' ? `Tháng ${Number(month[2])}/${month[1]}` : `${month[2]}/${month[1]}`;
  return period;
}
