import type { UnitRegistry } from '@edu-vn/domain';
import { loadAdminUnitRegistry } from '@edu-vn/domain/node';

let registry: Promise<UnitRegistry> | undefined;

/** The domain's registry of units, read from its CSV files once per process (the seeders share it). */
export function adminUnitRegistry(): Promise<UnitRegistry> {
  registry ??= loadAdminUnitRegistry();
  return registry;
}
