import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIGURE_FIELDS, type FigureData } from '../test/fixtures/figure-fields.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const provinceFigure = async (variables: Record<string, unknown>) => {
  const { body } = await app.graphql<{ provinceFigure: FigureData }>(
    `query ($province: ID!, $indicator: String!, $level: Level!, $period: String!, $basis: FigureBasis) {
      provinceFigure(province: $province, indicator: $indicator, level: $level, period: $period, basis: $basis) { ${FIGURE_FIELDS} } }`,
    variables,
  );
  expect(body.errors).toBeUndefined();
  return body.data!.provinceFigure;
};

/** The published figures of old provinces, read straight from the table. */
async function publishedProvinceFigures(indicator: string, level: string, period: string) {
  const { rows } = await sql<{ unit_id: string; numerator: number; denominator: number }>`select unit_id, published_numerator as numerator,
    published_denominator as denominator from observation where indicator_code = ${indicator} and level = ${level} and period = ${period}
    and disaggregation_by is null and unit_id = any(${['83', '84', '86']}) and published_revision is not null`.execute(app.orm.em.fork().getKysely<unknown>());
  return rows;
}

describe('provinceFigure', () => {
  test('re-based new Vĩnh Long 2024-2025 is the summed numerators over summed denominators of Trà Vinh, Bến Tre and old Vĩnh Long', async () => {
    const parts = await publishedProvinceFigures('dropout_rate', 'thcs', '2024-2025');
    expect(parts.map((part) => part.unit_id).sort()).toEqual(['83', '84', '86']);
    const numerator = parts.reduce((sum, part) => sum + part.numerator, 0);
    const denominator = parts.reduce((sum, part) => sum + part.denominator, 0);
    const figure = await provinceFigure({ province: '86@2025', indicator: 'dropout_rate', level: 'THCS', period: '2024-2025', basis: 'REBASED' });
    expect(figure).toMatchObject({ unit: { id: '86@2025' }, basis: 'REBASED', numerator, denominator, refusal: null, illustrative: true });
    expect(figure.value).toBeCloseTo((100 * numerator) / denominator, 9);
    expect(figure.parts.map((part) => [part.unit.id, part.relation])).toEqual(
      expect.arrayContaining([
        ['83', 'FULL'],
        ['84', 'FULL'],
        ['86', 'FULL'],
      ]),
    );
    const meanOfRates = figure.parts.reduce((sum, part) => sum + part.observation!.value, 0) / 3;
    expect(figure.value).not.toBeCloseTo(meanOfRates, 6);
  });

  test('re-basing from an old province asks for its post-reform province', async () => {
    const fromOld = await provinceFigure({ province: '84', indicator: 'dropout_rate', level: 'THCS', period: '2024-2025', basis: 'REBASED' });
    const fromNew = await provinceFigure({ province: '86@2025', indicator: 'dropout_rate', level: 'THCS', period: '2024-2025', basis: 'REBASED' });
    expect(fromOld).toEqual(fromNew);
  });

  test('re-basing is refused, naming Bến Tre, when Bến Tre has no figure for the indicator', async () => {
    const figure = await provinceFigure({ province: '86@2025', indicator: 'secondary_learning_good_rate', level: 'THCS', period: '2024-2025', basis: 'REBASED' });
    expect(figure.value).toBeNull();
    expect(figure.refusal).toMatchObject({ code: 'INCOMPLETE', units: [{ id: '83' }] });
    expect(figure.refusal!.messageVi).toMatch(/83/);
    expect(figure.refusal!.messageEn).toMatch(/missing/);
    expect(figure.parts.find((part) => part.unit.id === '83')?.observation).toBeNull();
  });

  test('re-basing Hải Phòng is refused: neither Hải Dương nor old Hải Phòng reported at province level', async () => {
    const figure = await provinceFigure({ province: '31@2025', indicator: 'dropout_rate', level: 'THCS', period: '2024-2025', basis: 'REBASED' });
    expect(figure.refusal?.code).toBe('NO_DATA');
    expect(figure.value).toBeNull();
  });

  test('Trà Vinh aggregated from all nine districts equals the figure it published', async () => {
    const aggregated = await provinceFigure({ province: '84', indicator: 'dropout_rate', level: 'THCS', period: '2024-2025', basis: 'AGGREGATED' });
    const published = await provinceFigure({ province: '84', indicator: 'dropout_rate', level: 'THCS', period: '2024-2025', basis: 'AS_PUBLISHED' });
    expect(aggregated.parts).toHaveLength(9);
    expect(aggregated.refusal).toBeNull();
    expect([aggregated.numerator, aggregated.denominator]).toEqual([published.numerator, published.denominator]);
  });

  test('Hải Dương cannot be aggregated from a few of its districts: the missing ones are named', async () => {
    const figure = await provinceFigure({ province: '30', indicator: 'dropout_rate', level: 'THCS', period: '2024-2025', basis: 'AGGREGATED' });
    expect(figure.refusal?.code).toBe('INCOMPLETE');
    expect(figure.refusal!.units.map((unit) => unit.id)).toContain('300');
    expect(figure.refusal!.units.map((unit) => unit.id)).not.toContain('295');
  });

  test('ordinal levels are never summed', async () => {
    const figure = await provinceFigure({ province: '84', indicator: 'pcgd_primary_level', level: 'TIEU_HOC', period: '2024-2025', basis: 'AGGREGATED' });
    expect(figure.refusal?.code).toBe('NOT_ADDITIVE');
  });

  test('a district is not a province', async () => {
    const { body } = await app.graphql(`{ provinceFigure(province: "850", indicator: "dropout_rate", level: THCS, period: "2024-2025") { value } }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'province' });
  });
});
