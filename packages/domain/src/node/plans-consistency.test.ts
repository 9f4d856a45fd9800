import { describe, expect, test } from 'vitest';
import { getIndicator } from '../indicator/catalogue.js';
import { PLANS } from '../plans/index.js';
import { parseTargetPhrase } from '../target/parse-target.js';
import { loadAdminUnitRegistry } from './load-admin-units.js';

const registry = await loadAdminUnitRegistry();
const targets = PLANS.flatMap((plan) => plan.targets.map((target) => [target.id, target] as const));

describe('the five plans against the official units', () => {
  test.each(PLANS.map((plan) => [plan.id, plan] as const))('plan %s is set for a district that existed before the reform', (_id, plan) => {
    const unit = registry.byId(plan.unitCode);
    expect(unit?.kind).toBe('district');
    expect(unit?.validTo).toBe('2025-07-01');
  });

  test.each([
    ['000', 'Huyện Cầu Ngang', 'Tỉnh Trà Vinh', 'Tỉnh Vĩnh Long'],
    ['001', 'Huyện Văn Lãng', 'Tỉnh Lạng Sơn', 'Tỉnh Lạng Sơn'],
    ['002', 'Huyện Cẩm Giàng', 'Tỉnh Hải Dương', 'Thành phố Hải Phòng'],
    ['003', 'Huyện Duyên Hải', 'Tỉnh Trà Vinh', 'Tỉnh Vĩnh Long'],
    ['004', 'Huyện Củ Chi', 'Thành phố Hồ Chí Minh', 'Thành phố Hồ Chí Minh'],
  ])('plan %s resolves to %s in %s, now in %s', (id, district, province, successorProvince) => {
    const plan = PLANS.find((candidate) => candidate.id === id)!;
    const unit = registry.byId(plan.unitCode)!;
    expect(unit.name).toBe(district);
    const provinceUnit = registry.byId(unit.provinceId)!;
    expect(provinceUnit.name).toBe(province);
    expect(registry.provinceAfterReform(provinceUnit.id)?.name).toBe(successorProvince);
    expect(registry.successors(unit.id).length).toBeGreaterThan(0);
  });

  test.each(targets)('target %s is set for an official unit code', (_id, target) => {
    expect(registry.byId(target.unitCode)).toBeDefined();
  });

  test.each(targets)('target %s reads back from its wording and fits its indicator', (_id, target) => {
    const indicator = getIndicator(target.indicator);
    expect(indicator.levels).toContain(target.level);
    const parsed = parseTargetPhrase(target.wording, { direction: indicator.direction, unit: indicator.unit });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.target.comparator).toBe(target.comparator);
      expect(parsed.target.value).toBe(target.value);
      expect(parsed.target.valueMax).toBe(target.valueMax);
    }
  });
});
