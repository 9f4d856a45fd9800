import { readFile } from 'node:fs/promises';
import { UnitRegistry } from '../admin-unit/unit-registry.js';

/** The package's data/admin-units/ folder; the same relative path holds from src/node/ and dist/node/. */
export const ADMIN_UNITS_DATA_DIR = new URL('../../data/admin-units/', import.meta.url);

/** Reads units.csv and successions-2025-07-01.csv from the package (or another folder) into a registry. */
export async function loadAdminUnitRegistry(dataDir: URL = ADMIN_UNITS_DATA_DIR): Promise<UnitRegistry> {
  const [units, successions] = await Promise.all([
    readFile(new URL('units.csv', dataDir), 'utf8'),
    readFile(new URL('successions-2025-07-01.csv', dataDir), 'utf8'),
  ]);
  return UnitRegistry.fromCsv(units, successions);
}
