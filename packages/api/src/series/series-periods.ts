import { comparePeriodKeys, formatPeriodKey, parsePeriod, samePeriodPreviousYear } from '@edu-vn/domain';
import { userError } from '../common/user-error.js';

/** A series has at most this many points. */
export const MAX_SERIES_POINTS = 30;

/** The periods from `from` to `to`, one a year, oldest first; both ends must be of one kind. */
export function seriesPeriods(from: string, to: string): string[] {
  const [start, end] = [parsePeriod(from), parsePeriod(to)];
  if (start.kind !== end.kind) {
    throw userError('BAD_USER_INPUT', `"from" và "to" phải cùng loại kỳ ("${from}", "${to}")`, `"from" and "to" must be periods of one kind ("${from}", "${to}")`, {
      argumentName: 'to',
    });
  }
  if (comparePeriodKeys(from, to) > 0) {
    throw userError('BAD_USER_INPUT', `"from" (${from}) sau "to" (${to})`, `"from" (${from}) is after "to" (${to})`, { argumentName: 'from' });
  }
  const periods: string[] = [];
  for (let period = end; comparePeriodKeys(formatPeriodKey(period), from) >= 0; period = samePeriodPreviousYear(period)) {
    if (periods.length === MAX_SERIES_POINTS) {
      throw userError('BAD_USER_INPUT', `Chuỗi quá dài: tối đa ${MAX_SERIES_POINTS} kỳ`, `Series too long: at most ${MAX_SERIES_POINTS} periods`, { argumentName: 'from' });
    }
    periods.push(formatPeriodKey(period));
  }
  return periods.reverse();
}
