import { daysInMonth, isoDate, parseIsoDate, parsePeriod, periodRange, type DeadlineDue, type PeriodKey } from '@edu-vn/domain';

/** A deadline of a plan's reporting calendar, with where it comes from. */
export interface DeadlineRule {
  planId: string;
  section: string;
  descriptionVi: string;
  descriptionEn: string;
  due: DeadlineDue;
}

/** The last day a period's figures may be submitted on, and the plan deadline it comes from. */
export interface ReportingDeadline {
  /** Inclusive: figures submitted on this day (Vietnam time) are on time. */
  lastDay: string;
  rule: DeadlineRule;
}

function dayBefore(date: string): string {
  const parts = parseIsoDate(date);
  if (!parts) throw new Error(`not a date: ${date}`);
  const { year, month, day } = parts;
  if (day > 1) return isoDate(year, month, day - 1);
  if (month > 1) return isoDate(year, month - 1, daysInMonth(year, month - 1));
  return isoDate(year - 1, 12, 31);
}

/** "before the 5th" is due by the 4th; "on the 5th" by the 5th. */
function lastDayOf(date: string, before: boolean | undefined): string {
  return before ? dayBefore(date) : date;
}

/** The days a yearly rule falls due in the years a range touches: "before December" is due by 30 November. */
function yearlyDays(month: number, before: boolean, years: readonly number[]): string[] {
  return years.map((year) => (before ? dayBefore(isoDate(year, month, 1)) : isoDate(year, month, daysInMonth(year, month))));
}

/**
 * When a period's figures are due, from the reporting calendars of the district's plans. For a month, a monthly rule
 * ("ngày 05 hàng tháng") falls in the following month. For a longer period, the due dates that fall inside it (dated
 * ones, and yearly ones in each of its years) are the reports made during it, and the last of them is the report that
 * closes it (the year-end review for a school year). Rules tied to an event ("trước ngày khai giảng") have no date and
 * are left out. Null when no rule gives a date.
 */
export function reportingDeadline(period: PeriodKey, rules: readonly DeadlineRule[]): ReportingDeadline | null {
  const parsed = parsePeriod(period);
  const range = periodRange(parsed);
  if (parsed.kind === 'month') {
    const monthly = rules.find((rule) => rule.due.kind === 'monthly');
    if (monthly && monthly.due.kind === 'monthly') {
      const year = parsed.month === 12 ? parsed.year + 1 : parsed.year;
      const month = parsed.month === 12 ? 1 : parsed.month + 1;
      return { lastDay: lastDayOf(isoDate(year, month, Math.min(monthly.due.day, daysInMonth(year, month))), monthly.due.before), rule: monthly };
    }
  }
  const startYear = Number(range.start.slice(0, 4));
  const endYear = Number(range.end.slice(0, 4));
  const years = Array.from({ length: endYear - startYear + 1 }, (_, index) => startYear + index);
  const candidates: ReportingDeadline[] = [];
  for (const rule of rules) {
    const days =
      rule.due.kind === 'date' ? [lastDayOf(rule.due.date, rule.due.before)] : rule.due.kind === 'yearly' ? yearlyDays(rule.due.month, rule.due.before, years) : [];
    for (const day of days) {
      if (range.start <= day && day <= range.end) candidates.push({ lastDay: day, rule });
    }
  }
  return candidates.reduce<ReportingDeadline | null>((latest, candidate) => (latest === null || candidate.lastDay > latest.lastDay ? candidate : latest), null);
}

/** Vietnam keeps UTC+7 all year: a deadline day ends at 17:00 UTC. */
export function endOfDeadlineDay(lastDay: string): Date {
  return new Date(`${lastDay}T23:59:59.999+07:00`);
}
