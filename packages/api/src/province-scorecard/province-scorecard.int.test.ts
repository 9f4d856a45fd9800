import type { AttainmentSummary } from '@edu-vn/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

interface ProvinceScorecardData {
  provinceScorecard: {
    province: { id: string };
    period: string;
    summary: AttainmentSummary;
    units: { unit: { id: string; kind: string }; summary: AttainmentSummary; illustrative: boolean }[];
    figures: {
      indicator: { code: string };
      level: string;
      value: number | null;
      numerator: number | null;
      denominator: number | null;
      unitsReporting: number;
      unitsExpected: number;
      refusal: { code: string; units: { id: string }[] } | null;
      illustrative: boolean;
    }[];
    illustrative: boolean;
    notice: { vi: string; en: string } | null;
  };
}

const SUMMARY = 'total met notMet noData notAssessed assessed';
const PROVINCE_SCORECARD = `query ($province: ID!, $period: String!) {
  provinceScorecard(province: $province, period: $period) {
    province { id } period illustrative notice { vi en } summary { ${SUMMARY} }
    units { unit { id kind } summary { ${SUMMARY} } illustrative }
    figures { indicator { code } level value numerator denominator unitsReporting unitsExpected refusal { code units { id } } illustrative }
  }
}`;
const TRA_VINH_DISTRICTS = ['842', '844', '845', '846', '847', '848', '849', '850', '851'];

async function provinceScorecard(province: string, period: string) {
  const { body } = await app.graphql<ProvinceScorecardData>(PROVINCE_SCORECARD, { province, period });
  expect(body.errors).toBeUndefined();
  return body.data!.provinceScorecard;
}

describe('provinceScorecard', () => {
  test('Trà Vinh 2024-2025 lists its nine districts, each judged as its own scorecard judges it', async () => {
    const card = await provinceScorecard('84', '2024-2025');
    expect(card.units.map((line) => line.unit.id)).toEqual(TRA_VINH_DISTRICTS);
    const { body } = await app.graphql<{ scorecard: { summary: AttainmentSummary } }>(`query { scorecard(unit: "850", period: "2024-2025") { summary { ${SUMMARY} } } }`);
    expect(card.units.find((line) => line.unit.id === '850')?.summary).toEqual(body.data!.scorecard.summary);
    expect(card.units.find((line) => line.unit.id === '850')?.summary).toEqual({ total: 102, met: 66, notMet: 17, noData: 0, notAssessed: 19, assessed: 83 });
    for (const key of ['total', 'met', 'notMet', 'noData', 'notAssessed', 'assessed'] as const) {
      expect(card.summary[key]).toBe(card.units.reduce((sum, line) => sum + line.summary[key], 0));
    }
  });

  test('Trà Vinh 2024-2025 gives the province’s own dropout rate as aggregated from all nine districts', async () => {
    const card = await provinceScorecard('84', '2024-2025');
    const dropout = card.figures.find((figure) => figure.indicator.code === 'dropout_rate' && figure.level === 'THCS');
    const { body } = await app.graphql<{ provinceFigure: { value: number; numerator: number; denominator: number } }>(
      `query { provinceFigure(province: "84", indicator: "dropout_rate", level: THCS, period: "2024-2025", basis: AS_PUBLISHED) { value numerator denominator } }`,
    );
    const published = body.data!.provinceFigure;
    expect(dropout).toMatchObject({ unitsReporting: 9, unitsExpected: 9, refusal: null, illustrative: true, numerator: published.numerator, denominator: published.denominator });
    expect(dropout!.value).toBeCloseTo((100 * published.numerator) / published.denominator, 9);
    expect(card.illustrative).toBe(true);
    expect(card.notice?.vi).toMatch(/^Số liệu minh họa/);
    expect(card.notice?.en).toMatch(/^Illustrative figures/);
  });

  test('Trà Vinh 2024-2025 refuses to add up ordinal levels', async () => {
    const card = await provinceScorecard('84', '2024-2025');
    const ordinal = card.figures.find((figure) => figure.indicator.code === 'pcgd_primary_level' && figure.level === 'TIEU_HOC');
    expect(ordinal).toMatchObject({ value: null, refusal: { code: 'NOT_ADDITIVE' } });
  });

  test('Hải Dương 2024-2025 has figures for four districts only, so its own figures are refused naming the others', async () => {
    const card = await provinceScorecard('30', '2024-2025');
    const dropout = card.figures.find((figure) => figure.indicator.code === 'dropout_rate' && figure.level === 'THCS');
    expect(dropout).toMatchObject({ value: null, refusal: { code: 'INCOMPLETE' } });
    expect(dropout!.unitsExpected).toBe(card.units.length);
    expect(dropout!.unitsReporting).toBeGreaterThan(0);
    expect(dropout!.refusal!.units).toHaveLength(dropout!.unitsExpected - dropout!.unitsReporting);
    expect(dropout!.refusal!.units.map((unit) => unit.id)).toContain('300');
    expect(dropout!.refusal!.units.map((unit) => unit.id)).not.toContain('295');
  });

  test('the new Vĩnh Long 2025-2026 is made of communes', async () => {
    const card = await provinceScorecard('86@2025', '2025-2026');
    expect(card.units.length).toBeGreaterThan(50);
    expect(new Set(card.units.map((line) => line.unit.kind))).toEqual(new Set(['COMMUNE']));
    expect(card.summary.total).toBe(0);
    expect(card.figures).toEqual([]);
    expect(card.illustrative).toBe(false);
    expect(card.notice).toBeNull();
  });

  test('a province scorecard of a hundred communes costs no more statements than one of nine districts', async () => {
    await provinceScorecard('84', '2024-2025');
    app.sql.reset();
    await provinceScorecard('84', '2024-2025');
    const districts = app.sql.statements.length;
    app.sql.reset();
    await provinceScorecard('86@2025', '2025-2026');
    expect(app.sql.statements.length).toBeLessThanOrEqual(districts);
    // targets with their figures, the province's sums, indicators (units come from the registry)
    expect(districts).toBe(3);
  });

  test.each([
    ['an unknown province', { province: '99', period: '2024-2025' }, 'NOT_FOUND'],
    ['a district', { province: '850', period: '2024-2025' }, 'BAD_USER_INPUT'],
    ['a malformed period', { province: '84', period: '2024/25' }, 'BAD_USER_INPUT'],
  ])('provinceScorecard for %s is refused with a user error', async (_name, variables, code) => {
    const { body } = await app.graphql(PROVINCE_SCORECARD, variables);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
  });
});
