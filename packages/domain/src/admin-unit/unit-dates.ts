import type { AdminUnit } from './admin-unit.js';

/** The day the district level was abolished and the 34 provinces and 3,321 communes took effect. */
export const REFORM_DATE = '2025-07-01';

/** The earlier snapshot's state (formerName, formerParentId) is taken to hold until the later snapshot's date. */
export const LAST_PRE_REFORM_SNAPSHOT = '2025-03-01';

/** The earliest snapshot in the data; units listed there have no known start. */
export const EARLIEST_SNAPSHOT = '2024-05-01';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Rejects anything but a calendar ISO date, so string comparison of dates stays correct. */
export function assertIsoDate(date: string): void {
  if (!ISO_DATE.test(date)) {
    throw new RangeError(`Ngày không hợp lệ "${date}", cần dạng YYYY-MM-DD / Invalid date "${date}", expected YYYY-MM-DD`);
  }
}

/** Whether the unit existed on the date, by its validity interval [validFrom, validTo). */
export function isUnitValidOn(unit: AdminUnit, date: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || date < unit.validTo);
}

/** The unit's parent id on a date, using the earlier snapshot's parent before 2025-03-01. */
export function unitParentIdOn(unit: AdminUnit, date: string): string | null {
  return unit.formerParentId !== undefined && date < LAST_PRE_REFORM_SNAPSHOT ? unit.formerParentId : unit.parentId;
}

/** The unit's name on a date, using the earlier snapshot's name before 2025-03-01. */
export function unitNameOn(unit: AdminUnit, date: string): string {
  return unit.formerName !== undefined && date < LAST_PRE_REFORM_SNAPSHOT ? unit.formerName : unit.name;
}
