import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { adminUnitRegistry } from './admin-unit-registry.js';
import { UNIT_ROW_COLUMNS, unitFromAdminUnit, unitFromRow } from './unit.mapper.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('units served from the registry', () => {
  test('every unit the registry serves is the unit stored in admin_unit, field by field', async () => {
    const registry = await adminUnitRegistry();
    const { rows } = await sql<Record<string, unknown>>`select ${sql.raw(UNIT_ROW_COLUMNS)} from admin_unit`.execute(app.orm.em.fork().getKysely<unknown>());
    const stored = rows.map(unitFromRow);
    expect(stored.length).toBeGreaterThan(10_000);
    expect(stored.map((unit) => unitFromAdminUnit(registry.byId(unit.id)!))).toEqual(stored);
  });

  test('a list of figures names its units without asking the database for them', async () => {
    app.sql.reset();
    const { body } = await app.graphql<{ observations: { nodes: { unit: { id: string; name: string } }[] } }>(
      '{ observations(filter: { province: "84", periods: ["2024-2025"] }, first: 20) { nodes { unit { id name } } } }',
    );
    expect(body.data!.observations.nodes.length).toBe(20);
    expect(app.sql.statements.filter((statement) => /from "?admin_unit"?/.test(statement))).toEqual([]);
  });
});
