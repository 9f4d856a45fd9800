import { isPeriodKey, LEVELS } from '@edu-vn/domain';
import { userError } from '../common/user-error.js';
import type { ObservationFilter } from './observation.type.js';

/** At most this many values in one list of a filter, so one request stays one cheap statement. */
export const MAX_FILTER_VALUES = 100;

/** Rejects filters that could only be mistakes: overlong lists and malformed periods. */
export function checkObservationFilter(filter: ObservationFilter, argumentName = 'filter'): ObservationFilter {
  for (const field of ['districts', 'units', 'levels', 'periods', 'indicators', 'statuses'] as const) {
    const values = filter[field];
    if (values && values.length > MAX_FILTER_VALUES) {
      throw userError(
        'BAD_USER_INPUT',
        `"${argumentName}.${field}" có ${values.length} giá trị, tối đa ${MAX_FILTER_VALUES}`,
        `"${argumentName}.${field}" has ${values.length} values, at most ${MAX_FILTER_VALUES}`,
        { argumentName: `${argumentName}.${field}` },
      );
    }
  }
  const badPeriod = filter.periods?.find((period) => !isPeriodKey(period));
  if (badPeriod !== undefined) {
    throw userError('BAD_USER_INPUT', `Kỳ không hợp lệ: "${badPeriod}"`, `Invalid period key: "${badPeriod}"`, { argumentName: `${argumentName}.periods` });
  }
  const badLevel = filter.levels?.find((level) => !(LEVELS as readonly string[]).includes(level));
  if (badLevel !== undefined) {
    throw userError('BAD_USER_INPUT', `Cấp học không hợp lệ: "${badLevel}"`, `Invalid level: "${badLevel}"`, { argumentName: `${argumentName}.levels` });
  }
  return filter;
}
