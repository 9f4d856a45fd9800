import type { Principal, UnitRef } from './principal.js';

/**
 * Everything the API guards, each checked against the unit it touches. `observation.write` covers entering a draft
 * and correcting a figure (a correction is a new revision that goes through review again).
 */
export const OPERATIONS = [
  'observation.read_published',
  'observation.read_unpublished',
  'observation.write',
  'observation.submit',
  'observation.approve',
  'observation.return',
  'observation.publish',
  'target.set',
  'plan.create',
  'explanation.write',
  'completeness.read',
  'feed.read',
  'audit.read',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** Operations of the district office, on its own district only. */
const DISTRICT_OPERATIONS: ReadonlySet<Operation> = new Set([
  'observation.read_unpublished',
  'observation.write',
  'observation.submit',
  'target.set',
  'plan.create',
  'explanation.write',
  'completeness.read',
  'feed.read',
]);

/** Operations of the provincial department, on its province and the districts in it. */
const PROVINCE_OPERATIONS: ReadonlySet<Operation> = new Set([
  'observation.read_unpublished',
  'observation.approve',
  'observation.return',
  'observation.publish',
  'completeness.read',
  'feed.read',
]);

/**
 * Whether a caller may perform an operation on a unit. Published figures are public; a district officer works on
 * their own district and nothing else; a province officer reviews, publishes and pulls its own districts; an
 * administrator may do everything.
 */
export function isAllowed(principal: Principal, operation: Operation, unit: UnitRef): boolean {
  if (operation === 'observation.read_published') return true;
  if (principal.kind === 'anonymous') return false;
  switch (principal.role) {
    case 'admin':
      return true;
    case 'district_officer':
      return DISTRICT_OPERATIONS.has(operation) && principal.unit !== null && principal.unit.id === unit.id;
    case 'province_officer':
      return PROVINCE_OPERATIONS.has(operation) && principal.unit !== null && principal.unit.id === unit.provinceId;
  }
}

/** Whether a caller may perform an operation that concerns no one unit (the audit log). */
export function isAllowedEverywhere(principal: Principal, operation: Operation): boolean {
  if (operation === 'observation.read_published') return true;
  return principal.kind === 'account' && principal.role === 'admin';
}

/** Which unpublished figures a caller may see, as a filter for queries: none, one unit, one province or all. */
export type UnpublishedScope = { kind: 'none' } | { kind: 'unit'; unitId: string } | { kind: 'province'; provinceId: string } | { kind: 'all' };

/** The unpublished figures a caller may read, consistent with {@link isAllowed} for `observation.read_unpublished`. */
export function unpublishedScope(principal: Principal): UnpublishedScope {
  if (principal.kind === 'anonymous') return { kind: 'none' };
  if (principal.role === 'admin') return { kind: 'all' };
  if (principal.unit === null) return { kind: 'none' };
  return principal.role === 'district_officer' ? { kind: 'unit', unitId: principal.unit.id } : { kind: 'province', provinceId: principal.unit.id };
}
