import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIGURE_FIELDS, type FigureData } from '../test/fixtures/figure-fields.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { adminUnitRegistry } from '../unit/admin-unit-registry.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('series', () => {
  const SERIES = `query ($unit: ID!, $basis: FigureBasis, $from: String!, $to: String!) {
    series(indicator: "dropout_rate", unit: $unit, level: THCS, from: $from, to: $to, basis: $basis) {
      unit { id } indicator { code } basis illustrative notice { vi } points { ${FIGURE_FIELDS} } } }`;
  const series = async (variables: Record<string, unknown>) => {
    const { body } = await app.graphql<{ series: { unit: { id: string }; basis: string; illustrative: boolean; notice: { vi: string } | null; points: FigureData[] } }>(
      SERIES,
      variables,
    );
    expect(body.errors).toBeUndefined();
    return body.data!.series;
  };

  test('as published, Trà Vinh is followed into the new Vĩnh Long after the reform', async () => {
    const result = await series({ unit: '84', from: '2021-2022', to: '2025-2026' });
    expect(result.points.map((point) => [point.period, point.unit.id])).toEqual([
      ['2021-2022', '84'],
      ['2022-2023', '84'],
      ['2023-2024', '84'],
      ['2024-2025', '84'],
      ['2025-2026', '86@2025'],
    ]);
    expect(result.points.every((point) => point.value !== null)).toBe(true);
    expect(result.illustrative).toBe(true);
  });

  test('re-based, every point is for the new Vĩnh Long: computed before the reform, its own figure after', async () => {
    const result = await series({ unit: '84', from: '2021-2022', to: '2025-2026', basis: 'REBASED' });
    expect(result.points.every((point) => point.unit.id === '86@2025' && point.refusal === null)).toBe(true);
    for (const point of result.points.slice(0, 4)) {
      expect(point.parts.map((part) => part.unit.id).sort()).toEqual(['83', '84', '86']);
      expect(point.numerator).toBe(point.parts.reduce((sum, part) => sum + part.observation!.numerator, 0));
    }
    expect(result.points[4]!.parts).toEqual([]);
  });

  test('as published, a merged province before the reform has no single stand-in and says to re-base', async () => {
    const result = await series({ unit: '86@2025', from: '2024-2025', to: '2025-2026' });
    expect(result.points[0]!.refusal?.messageEn).toMatch(/REBASED/);
    expect(result.points[1]!.value).not.toBeNull();
  });

  test('re-basing onto a new commune is refused when an old commune went into it only in part', async () => {
    const registry = await adminUnitRegistry();
    const partial = registry.successions.find((succession) => succession.relation === 'partial' && succession.newKind === 'commune')!;
    const result = await series({ unit: partial.newId, from: '2024-2025', to: '2024-2025', basis: 'REBASED' });
    expect(result.points[0]!.refusal).toMatchObject({ code: 'PARTIAL_SUCCESSION' });
    expect(result.points[0]!.refusal!.units.map((unit) => unit.id)).toContain(partial.oldId);
  });

  test('a series costs the same statements for 2 and 5 periods', async () => {
    await series({ unit: '84', from: '2024-2025', to: '2025-2026', basis: 'REBASED' });
    app.sql.reset();
    await series({ unit: '84', from: '2024-2025', to: '2025-2026', basis: 'REBASED' });
    const two = app.sql.statements.length;
    app.sql.reset();
    await series({ unit: '84', from: '2021-2022', to: '2025-2026', basis: 'REBASED' });
    expect(app.sql.statements.length).toBe(two);
  });

  test.each([
    ['periods of different kinds', { unit: '84', from: '2021', to: '2024-2025' }],
    ['from after to', { unit: '84', from: '2024-2025', to: '2021-2022' }],
  ])('%s are refused', async (_name, variables) => {
    const { body } = await app.graphql(SERIES, variables);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('districtComparison', () => {
  test('ranks the nine districts of Trà Vinh, lowest dropout first, with the province as published and aggregated', async () => {
    const { body } = await app.graphql<{
      districtComparison: {
        province: { id: string };
        reported: number;
        expected: number;
        illustrative: boolean;
        notice: { en: string } | null;
        districts: { unit: { id: string }; rank: number | null; observation: { value: number } | null }[];
        provinceAggregated: { value: number | null; refusal: unknown };
        provinceAsPublished: { value: number | null };
      };
    }>(`{ districtComparison(province: "84", indicator: "dropout_rate", level: THCS, period: "2024-2025") {
      province { id } reported expected illustrative notice { en }
      districts { unit { id } rank observation { value } }
      provinceAggregated { value refusal { code } } provinceAsPublished { value } } }`);
    expect(body.errors).toBeUndefined();
    const comparison = body.data!.districtComparison;
    expect([comparison.reported, comparison.expected]).toEqual([9, 9]);
    const values = comparison.districts.map((district) => district.observation!.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(comparison.districts[0]!.rank).toBe(1);
    expect(comparison.provinceAggregated.refusal).toBeNull();
    expect(comparison.provinceAggregated.value).toBeCloseTo(comparison.provinceAsPublished.value!, 9);
    expect(comparison.illustrative).toBe(true);
    expect(comparison.notice?.en).toMatch(/^Illustrative/);
  });
});
