import { daysInMonth, isoDate, parseIsoDate } from './iso-date.js';
import type { Period } from './period.js';

/** A span of calendar days, both ends included, as "YYYY-MM-DD". */
export interface DateRange {
  start: string;
  end: string;
}

/** The month (1-12) a school year's first semester starts in and the month its second semester starts in. */
const SCHOOL_YEAR_FIRST_MONTH = 9;
const SECOND_SEMESTER_FIRST_MONTH = 2;

/**
 * The days a period covers, for deciding which period a date or a smaller period falls in.
 * A school year covers 1 September to 31 August, so that every day belongs to exactly one school year (the summer
 * with its re-sits and enrolment belongs to the year that ends); its first semester covers September to January and
 * its second February to August. Whole months keep a month inside exactly one semester. The days of teaching are
 * narrower: see schoolYearTeachingRange.
 */
export function periodRange(period: Period): DateRange {
  switch (period.kind) {
    case 'school_year':
      return { start: isoDate(period.startYear, SCHOOL_YEAR_FIRST_MONTH, 1), end: isoDate(period.startYear + 1, 8, 31) };
    case 'semester':
      return period.semester === 1
        ? { start: isoDate(period.startYear, SCHOOL_YEAR_FIRST_MONTH, 1), end: isoDate(period.startYear + 1, 1, 31) }
        : { start: isoDate(period.startYear + 1, SECOND_SEMESTER_FIRST_MONTH, 1), end: isoDate(period.startYear + 1, 8, 31) };
    case 'calendar_year':
      return { start: isoDate(period.year, 1, 1), end: isoDate(period.year, 12, 31) };
    case 'month':
      return { start: isoDate(period.year, period.month, 1), end: isoDate(period.year, period.month, daysInMonth(period.year, period.month)) };
  }
}

/** First day a period covers. */
export function periodStart(period: Period): string {
  return periodRange(period).start;
}

/** Last day a period covers. */
export function periodEnd(period: Period): string {
  return periodRange(period).end;
}

/**
 * The nominal days of teaching of a school year: opening on 5 September (ngày khai giảng) to the end of teaching
 * by 31 May. Each province's khung kế hoạch thời gian năm học sets the exact days; this is a display default only.
 */
export function schoolYearTeachingRange(startYear: number): DateRange {
  return { start: isoDate(startYear, SCHOOL_YEAR_FIRST_MONTH, 5), end: isoDate(startYear + 1, 5, 31) };
}

/** True when the date "YYYY-MM-DD" falls within the period. */
export function periodContainsDate(period: Period, date: string): boolean {
  if (!parseIsoDate(date)) return false;
  const range = periodRange(period);
  return range.start <= date && date <= range.end;
}

/** True when every day of `inner` lies within `outer` (a month within its semester, a semester within its school year). */
export function periodContains(outer: Period, inner: Period): boolean {
  const a = periodRange(outer);
  const b = periodRange(inner);
  return a.start <= b.start && b.end <= a.end;
}
