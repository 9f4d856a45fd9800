import type { AdminUnit, UnitSuccession } from './admin-unit.js';
import { deriveDistrictSuccessions } from './derive-district-successions.js';
import { parseAdminUnits } from './parse-admin-units.js';
import { parseUnitSuccessions } from './parse-unit-successions.js';

/** All units and successions (read and derived) from the texts of units.csv and successions-2025-07-01.csv. */
export function parseAdminUnitData(unitsCsv: string, successionsCsv: string): { units: AdminUnit[]; successions: UnitSuccession[] } {
  const units = parseAdminUnits(unitsCsv);
  const read = parseUnitSuccessions(successionsCsv, new Map(units.map((unit) => [unit.id, unit])));
  return { units, successions: [...read, ...deriveDistrictSuccessions(units, read)] };
}
