import { isUnitValidOn, parsePeriod, periodStart, type AdminUnit, type UnitRegistry } from '@edu-vn/domain';

/**
 * The unit whose published figure stands for `unit` in a period: itself while it exists; after the reform, the
 * province it became part of; before the reform, for a new unit, its only predecessor if that went wholly into it.
 * Null when no single unit stands for it (a merged province before the reform: ask for re-based figures instead).
 */
export function followUnit(registry: UnitRegistry, unit: AdminUnit, period: string): AdminUnit | null {
  const date = periodStart(parsePeriod(period));
  if (isUnitValidOn(unit, date)) return unit;
  if (unit.era === 'pre-reform') {
    const successor = registry.provinceAfterReform(unit.id);
    return successor && isUnitValidOn(successor, date) ? successor : null;
  }
  const predecessors = registry.predecessors(unit.id);
  const [only] = predecessors;
  if (predecessors.length !== 1 || only === undefined || only.relation !== 'full') return null;
  const predecessor = registry.byId(only.oldId);
  return predecessor && isUnitValidOn(predecessor, date) ? predecessor : null;
}
