import { DISTRIBUTIONS, INDICATORS } from '@edu-vn/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

type Indicators = { indicators: { totalCount: number; nodes: { code: string; theme: string; levels: string[] }[]; pageInfo: { endCursor: string } } };

describe('indicators', () => {
  test('the catalogue is served whole, in the domain package’s order', async () => {
    const first = await app.graphql<Indicators>(`{ indicators(first: 100) { totalCount nodes { code } pageInfo { endCursor } } }`);
    const rest = await app.graphql<Indicators>(`query($after: String) { indicators(first: 100, after: $after) { nodes { code } } }`, {
      after: first.body.data?.indicators.pageInfo.endCursor,
    });
    expect(first.body.data?.indicators.totalCount).toBe(INDICATORS.length);
    const codes = [...(first.body.data?.indicators.nodes ?? []), ...(rest.body.data?.indicators.nodes ?? [])].map((node) => node.code);
    expect(codes).toEqual(INDICATORS.map((indicator) => indicator.code));
  });

  test('an indicator shows its names, unit, direction and levels', async () => {
    const source = INDICATORS.find((indicator) => indicator.code === 'dropout_rate');
    const { body } = await app.graphql(`{ indicator(code: "dropout_rate") { code nameVi nameEn unit direction levels } }`);
    expect(body.data).toEqual({
      indicator: {
        code: 'dropout_rate',
        nameVi: source?.nameVi,
        nameEn: source?.nameEn,
        unit: source?.unit.toUpperCase(),
        direction: source?.direction.toUpperCase(),
        levels: source?.levels.map((level) => level.toUpperCase()),
      },
    });
  });

  test('filter by theme and level', async () => {
    const { body } = await app.graphql<Indicators>(`{ indicators(filter: { theme: EFFICIENCY, level: THCS }, first: 100) { nodes { code } } }`);
    expect(body.data?.indicators.nodes.map((node) => node.code)).toEqual(
      INDICATORS.filter((indicator) => indicator.theme === 'efficiency' && indicator.levels.includes('thcs')).map((indicator) => indicator.code),
    );
  });

  test('a band indicator leads to its distribution and the distribution to all its bands', async () => {
    const distribution = DISTRIBUTIONS[0];
    const { body } = await app.graphql(`query($code: String!) { indicator(code: $code) { distribution { code nameVi bands { code } } } }`, {
      code: distribution?.bands[0],
    });
    expect(body.data).toEqual({
      indicator: { distribution: { code: distribution?.code, nameVi: distribution?.nameVi, bands: distribution?.bands.map((code) => ({ code })) } },
    });
  });
});
