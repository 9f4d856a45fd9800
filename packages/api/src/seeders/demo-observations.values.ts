import type { Disaggregation, Indicator, Level, Target } from '@edu-vn/domain';
import type { Random } from './demo-observations.random.js';

/** A figure as stored: the value, and for rates the counts it comes from. */
export interface Figure {
  value: number;
  numerator?: number;
  denominator?: number;
}

/** Whether the indicator is a rate recomputed from a numerator and a denominator. */
export function isRate(indicator: Indicator): boolean {
  return indicator.unit === 'percent' && indicator.numeratorVi !== undefined;
}

/** +1 when a higher value is better for this target, -1 when lower is. */
export function betterDirection(target: Target, indicator: Indicator): 1 | -1 {
  if (indicator.direction === 'higher_is_better') return 1;
  if (indicator.direction === 'lower_is_better') return -1;
  if (target.comparator === 'lt' || target.comparator === 'lte') return -1;
  if (target.comparator === 'eq') return target.value > 0 ? 1 : -1;
  return 1;
}

/** A value near the target that meets it (met) or misses it (not met), before rounding. */
export function aimAtTarget(target: Target, indicator: Indicator, met: boolean, random: Random): number {
  const v = target.value;
  const percent = indicator.unit === 'percent';
  const roomUp = percent ? Math.min(100 - v, Math.max(0.5, 0.15 * v)) : Math.max(1, 0.1 * v);
  const roomDown = percent ? Math.max(0.3, Math.min(v, 0.02 * v + 0.5)) : Math.max(1, 0.1 * v);
  switch (target.comparator) {
    case 'gt':
    case 'gte':
      return met ? v + random.between(0.05, 1) * roomUp : v - random.between(0.1, 1) * roomDown;
    case 'lt':
    case 'lte':
      return met ? v - random.between(0.1, 0.9) * Math.min(v, Math.max(0.5, 0.5 * v)) : v + random.between(0.1, 1) * Math.max(0.5, 0.3 * v);
    case 'eq':
      if (met) return v;
      if (percent && v >= 100) return 100 - random.between(0.2, 2.5);
      if (v <= 0) return random.between(0.2, 1);
      return v + (random.chance(0.5) ? 1 : -1) * Math.max(1, random.between(0.02, 0.08) * v);
    case 'between':
      return met ? random.between(v, target.valueMax ?? v) : v - random.between(0.1, 1) * roomDown;
  }
}

/** The value in another year: worse before the target year, slowly better after it. */
export function driftFromTarget(aim: number, yearsAfter: number, direction: 1 | -1, indicator: Indicator, random: Random): number {
  if (yearsAfter === 0) return aim;
  const step = stepOf(indicator, aim) * random.between(0.4, 1.2);
  const weight = yearsAfter < 0 ? 1 : 0.5;
  return aim + direction * yearsAfter * step * weight;
}

function stepOf(indicator: Indicator, aim: number): number {
  switch (indicator.unit) {
    case 'percent':
      return Math.max(0.15, Math.min(1.2, 0.02 * (100 - Math.abs(50 - aim))));
    case 'percentage_points':
      return 0.05;
    case 'ordinal':
      return 0.4;
    default:
      return Math.max(1, 0.03 * Math.abs(aim));
  }
}

/** Keeps a value within what the indicator allows. */
export function clampToIndicator(value: number, indicator: Indicator, target: Target): number {
  switch (indicator.unit) {
    case 'percent':
      return Math.min(100, Math.max(0, value));
    case 'ordinal':
      return Math.min(indicator.ordinalMax ?? Math.max(target.value, 3), Math.max(1, Math.round(value)));
    case 'count':
      return Math.min(target.outOf ?? Number.POSITIVE_INFINITY, Math.max(0, Math.round(value)));
    case 'money':
      return Math.max(0, Math.round(value));
    default:
      return Math.max(0, round(value, 2));
  }
}

/** Rounds to a number of decimals. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

const PUPILS: Record<Level, number> = {
  nha_tre: 3200,
  mau_giao: 3300,
  mam_non: 6500,
  tieu_hoc: 8800,
  thcs: 6600,
  thpt: 4200,
  gdtx: 600,
  all: 20000,
};
const SCHOOLS: Record<Level, number> = { nha_tre: 14, mau_giao: 14, mam_non: 14, tieu_hoc: 16, thcs: 10, thpt: 4, gdtx: 1, all: 40 };
const STAFF: Record<Level, number> = { nha_tre: 150, mau_giao: 200, mam_non: 350, tieu_hoc: 480, thcs: 380, thpt: 250, gdtx: 30, all: 1400 };
const SHARE: Record<Disaggregation['by'], number> = { sex: 0.49, ethnicity: 0.3, disability: 0.012, grade: 0.2 };

/** The denominator of a rate: the population a unit of this size plausibly has. */
export function populationOf(indicator: Indicator, level: Level, disaggregation: Disaggregation | undefined, scale: number, yearIndex: number, random: Random): number {
  const base =
    indicator.theme === 'schools' || indicator.theme === 'digital'
      ? SCHOOLS[level]
      : indicator.theme === 'staff'
        ? STAFF[level]
        : PUPILS[level];
  const share = disaggregation === undefined ? 1 : SHARE[disaggregation.by];
  const growth = 1 + 0.012 * yearIndex + random.between(-0.01, 0.01);
  return Math.max(indicator.theme === 'schools' || indicator.theme === 'digital' ? 1 : 5, Math.round(base * scale * share * growth));
}

/** The figure for a value: rates get a numerator over their denominator, other units are rounded. */
export function figureOf(value: number, indicator: Indicator, denominator: number | undefined): Figure {
  if (denominator !== undefined) {
    const numerator = Math.min(denominator, Math.max(0, Math.round((denominator * value) / 100)));
    return { value: round((100 * numerator) / denominator, 2), numerator, denominator };
  }
  return { value: indicator.unit === 'percent' ? round(value, 1) : value };
}

/** The smallest change of a figure: one more or one fewer in the numerator, or one step of the unit. */
export function stepFigure(figure: Figure, indicator: Indicator, delta: 1 | -1): Figure | null {
  if (figure.numerator !== undefined && figure.denominator !== undefined) {
    const numerator = figure.numerator + delta;
    if (numerator < 0 || numerator > figure.denominator) return null;
    return figureOf((100 * numerator) / figure.denominator, indicator, figure.denominator);
  }
  const step = indicator.unit === 'percent' ? 0.1 : indicator.unit === 'percentage_points' || indicator.unit === 'ratio' ? 0.01 : 1;
  const value = round(figure.value + delta * step, 2);
  if (value < 0 || (indicator.unit === 'percent' && value > 100)) return null;
  return { value };
}

/** Which way moves a value towards meeting the target. */
export function towardsMeeting(target: Target, figure: Figure): 1 | -1 {
  switch (target.comparator) {
    case 'gt':
    case 'gte':
      return 1;
    case 'lt':
    case 'lte':
      return -1;
    case 'eq':
      return figure.value < target.value ? 1 : -1;
    case 'between':
      return figure.value < target.value ? 1 : -1;
  }
}
