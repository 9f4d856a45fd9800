import { parsePeriod } from './period-key.js';
import type { Period, PeriodKey } from './period.js';
import { periodStart } from './period-dates.js';

/** Among periods starting on the same day, the longer comes first: a year before its semester before its month. */
const KIND_RANK: Readonly<Record<Period['kind'], number>> = { calendar_year: 0, school_year: 1, semester: 2, month: 3 };

/** Chronological order by first day (see periodRange); ties by kind, longer first. For Array.prototype.sort. */
export function comparePeriods(a: Period, b: Period): number {
  const startA = periodStart(a);
  const startB = periodStart(b);
  if (startA !== startB) return startA < startB ? -1 : 1;
  return KIND_RANK[a.kind] - KIND_RANK[b.kind];
}

/** comparePeriods on keys; throws on a malformed key. */
export function comparePeriodKeys(a: PeriodKey, b: PeriodKey): number {
  return comparePeriods(parsePeriod(a), parsePeriod(b));
}
