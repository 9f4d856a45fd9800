import { getIndicator } from '@edu-vn/domain';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Observation } from '../observation/observation.type.js';
import { adminUnitRegistry } from '../unit/admin-unit-registry.js';
import { computeFigure, unitsNeeded } from './compute-figure.js';
import { cellKey } from './figure-inputs.js';

let registry: Awaited<ReturnType<typeof adminUnitRegistry>>;
beforeAll(async () => {
  registry = await adminUnitRegistry();
});

const TRA_VINH_DISTRICTS = ['842', '844', '845', '846', '847', '848', '849', '850', '851'];
const observed = (unitId: string, numerator: number, denominator: number, illustrative = true): Observation =>
  ({ unitId, period: '2024-2025', value: (100 * numerator) / denominator, numerator, denominator, illustrative }) as Observation;
const tableOf = (observations: Observation[]) => new Map(observations.map((observation) => [cellKey(observation.unitId, observation.period), observation]));
const dropout = getIndicator('dropout_rate');
const request = (unitId: string, basis: 'as_published' | 'aggregated' | 'rebased') => ({ unit: registry.byId(unitId)!, period: '2024-2025', basis });

describe('computeFigure', () => {
  test('aggregates a province from all its districts’ numerators and denominators', () => {
    const table = tableOf(TRA_VINH_DISTRICTS.map((id, index) => observed(id, 10 + index, 1000 + 100 * index)));
    expect(unitsNeeded(registry, request('84', 'aggregated')).sort()).toEqual(TRA_VINH_DISTRICTS);
    const figure = computeFigure(registry, dropout, request('84', 'aggregated'), table);
    const numerator = TRA_VINH_DISTRICTS.reduce((sum, _id, index) => sum + 10 + index, 0);
    const denominator = TRA_VINH_DISTRICTS.reduce((sum, _id, index) => sum + 1000 + 100 * index, 0);
    expect(figure).toMatchObject({ unitId: '84', basis: 'aggregated', numerator, denominator, refusal: null, illustrative: true });
    expect(figure.value).toBeCloseTo((100 * numerator) / denominator, 9);
  });

  test('refuses to aggregate when one district is missing, naming it', () => {
    const table = tableOf(TRA_VINH_DISTRICTS.filter((id) => id !== '851').map((id) => observed(id, 10, 1000)));
    const figure = computeFigure(registry, dropout, request('84', 'aggregated'), table);
    expect(figure.value).toBeNull();
    expect(figure.refusal).toMatchObject({ code: 'incomplete', unitIds: ['851'] });
  });

  test('re-bases the new Vĩnh Long from the three old provinces that went wholly into it', () => {
    expect(unitsNeeded(registry, request('86@2025', 'rebased')).sort()).toEqual(['83', '84', '86']);
    const table = tableOf([observed('83', 50, 10_000), observed('84', 30, 9_000), observed('86', 20, 11_000)]);
    const figure = computeFigure(registry, dropout, request('86@2025', 'rebased'), table);
    expect(figure).toMatchObject({ unitId: '86@2025', numerator: 100, denominator: 30_000, refusal: null });
    expect(figure.value).toBeCloseTo(100 / 300, 9);
  });

  test('an old province re-based speaks for the province it became part of', () => {
    const figure = computeFigure(registry, dropout, request('84', 'rebased'), new Map());
    expect(figure.unitId).toBe('86@2025');
    expect(figure.refusal?.code).toBe('no_data');
  });

  test('a figure as published without a report is refused with no_data in both languages', () => {
    const figure = computeFigure(registry, dropout, request('850', 'as_published'), new Map());
    expect(figure.refusal).toMatchObject({ code: 'no_data', unitIds: ['850'] });
    expect(figure.refusal!.messageVi).toMatch(/Duyên Hải/);
    expect(figure.notice).toBeNull();
  });
});
