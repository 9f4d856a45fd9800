import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

/** Figures with every relation this module adds: unit, indicator, targets and revisions. */
const QUERY = `query ($first: Int) {
  observations(filter: { units: ["850"], periods: ["2024-2025"] }, first: $first) {
    totalCount illustrative
    nodes {
      value
      unit { name }
      indicator { nameVi }
      targets { wording attainment { status } }
      revisions(first: 5) { totalCount nodes { number reason } }
    }
  }
}`;

/** The SQL statements one request sends, counted at the driver. */
async function statementsFor(first: number): Promise<{ statements: string[]; nodes: number }> {
  app.sql.reset();
  const { body } = await app.graphql<{ observations: { nodes: unknown[] } }>(QUERY, { first });
  expect(body.errors).toBeUndefined();
  return { statements: [...app.sql.statements], nodes: body.data!.observations.nodes.length };
}

describe('observations batching', () => {
  test('a list of figures with their unit, indicator, targets and revisions costs the same statements for 1, 10 and 100 items', async () => {
    // The first request also checks the database and warms the pool, so it is left out of the count.
    await statementsFor(1);
    const one = await statementsFor(1);
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect([one.nodes, ten.nodes, hundred.nodes]).toEqual([1, 10, 100]);
    expect(ten.statements.length).toBe(one.statements.length);
    expect(hundred.statements.length).toBe(one.statements.length);
    // the page with its totals, indicators, targets, the targets' figures, revisions (units come from the registry)
    expect(one.statements.length).toBe(5);
  });
});
