import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { adminUnitRegistry } from './admin-unit-registry.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('unit seeder', () => {
  test('every unit and succession of the domain package is in the database', async () => {
    const registry = await adminUnitRegistry();
    const db = app.orm.em.fork().getKysely<unknown>();
    const { rows } = await sql<{ units: number; successions: number; eras: number }>`select
      (select count(*)::int from admin_unit) as units,
      (select count(*)::int from unit_succession) as successions,
      (select count(distinct era)::int from admin_unit) as eras`.execute(db);
    expect(rows[0]).toEqual({ units: registry.units.length, successions: registry.successions.length, eras: 2 });
    expect(registry.units.length).toBeGreaterThan(14_000);
    expect(registry.successions.length).toBeGreaterThan(10_600);
  });

  test('seeding the template database took seconds, not minutes', () => {
    expect(inject('postgres').seedMs).toBeLessThan(30_000);
  });
});
