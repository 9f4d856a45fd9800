import { findIndicator, isPeriodKey, type AdminUnit, type Indicator, type UnitRegistry } from '@edu-vn/domain';
import { userError } from '../common/user-error.js';

/** The unit named by an argument, or a NOT_FOUND error naming the argument. */
export function requireUnit(registry: UnitRegistry, id: string, argumentName: string): AdminUnit {
  const unit = registry.byId(id);
  if (!unit) throw userError('NOT_FOUND', `Không có đơn vị "${id}"`, `No unit "${id}"`, { argumentName });
  return unit;
}

/** The indicator named by an argument, or a NOT_FOUND error naming the argument. */
export function requireIndicator(code: string, argumentName = 'indicator'): Indicator {
  const indicator = findIndicator(code);
  if (!indicator) throw userError('NOT_FOUND', `Không có chỉ số "${code}"`, `No indicator "${code}"`, { argumentName });
  return indicator;
}

/** A well-formed period key, or a BAD_USER_INPUT error naming the argument. */
export function requirePeriod(period: string, argumentName: string): string {
  if (!isPeriodKey(period)) throw userError('BAD_USER_INPUT', `Kỳ không hợp lệ: "${period}"`, `Invalid period key: "${period}"`, { argumentName });
  return period;
}
