import { DISTRIBUTIONS, evaluateAttainment, getIndicator, PLANS, validateDistribution, validateObservation, type Target } from '@edu-vn/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_SOURCE, type DemoObservation } from './demo-observations.js';
import { demoObservations } from './demo-observations.domain.js';
import { DEMO_DISTRICTS, SCHOOL_YEARS } from './demo-observations.units.js';

const rows = demoObservations();
const keyOf = (row: { unitId: string; indicator: string; level: string; period: string; disaggregation?: { by: string; value: unknown } }) =>
  [row.unitId, row.indicator, row.level, row.period, row.disaggregation ? `${row.disaggregation.by}=${row.disaggregation.value}` : 'total'].join('|');
const byKey = new Map(rows.map((row) => [keyOf(row), row]));
const targets: Target[] = PLANS.flatMap((plan) => plan.targets);
const figureFor = (target: Target, period = target.period) => byKey.get(keyOf({ ...target, unitId: target.unitCode, period }));

describe('demoObservations', () => {
  it('generates the same rows for the same seed and other rows for another seed', () => {
    expect(demoObservations()).toEqual(rows);
    expect(demoObservations('another seed')).not.toEqual(rows);
  });

  it('flags every row as illustrative with the generated source', () => {
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.every((row) => row.illustrative && row.source === DEMO_SOURCE)).toBe(true);
    expect(rows.flatMap((row) => row.revisions).every((revision) => revision.recordedBy.includes('minh họa'))).toBe(true);
  });

  it('gives every target of the five plans a published figure for its own unit and period', () => {
    const missing = targets.filter((target) => figureFor(target)?.status !== 'published').map((target) => target.id);
    expect(targets.length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('gives each school-year target a figure in every school year around it, so trends exist', () => {
    const schoolYearTargets = targets.filter((target) => /^\d{4}-\d{4}$/.test(target.period));
    const gaps = schoolYearTargets.flatMap((target) => SCHOOL_YEARS.filter((year) => figureFor(target, year) === undefined).map((year) => `${target.id}@${year}`));
    expect(gaps).toEqual([]);
  });

  it('meets some targets and misses others, by the domain rule', () => {
    const statuses = targets.map((target) => evaluateAttainment(target, figureFor(target), getIndicator(target.indicator).direction).status);
    const met = statuses.filter((status) => status === 'met').length;
    const notMet = statuses.filter((status) => status === 'not_met').length;
    expect(met).toBeGreaterThan(targets.length / 3);
    expect(notMet).toBeGreaterThan(targets.length / 10);
    expect(statuses).not.toContain('no_data');
  });

  it('passes the domain validation of every figure without an error', () => {
    const errors = rows.flatMap((row) =>
      validateObservation(row, getIndicator(row.indicator))
        .filter((issue) => issue.severity === 'error')
        .map((issue) => `${keyOf(row)}: ${issue.messageEn}`),
    );
    expect(errors).toEqual([]);
  });

  it('gives rates a numerator and a denominator', () => {
    const rates = rows.filter((row) => getIndicator(row.indicator).numeratorVi !== undefined);
    expect(rates.length).toBeGreaterThan(rows.length / 2);
    expect(rates.every((row) => row.numerator !== undefined && row.denominator !== undefined && row.numerator <= row.denominator)).toBe(true);
  });

  it('makes the bands of each distribution add up to 100%', () => {
    const groups = new Map<string, DemoObservation[]>();
    for (const row of rows) {
      const distribution = getIndicator(row.indicator).distribution;
      if (distribution === undefined) continue;
      const key = `${distribution}|${keyOf({ ...row, indicator: '' })}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    expect(groups.size).toBeGreaterThan(10);
    const errors = [...groups].flatMap(([key, bands]) => {
      const distribution = DISTRIBUTIONS.find((candidate) => key.startsWith(`${candidate.code}|`));
      return distribution ? validateDistribution(bands, distribution).map((issue) => `${key}: ${issue.messageEn}`) : [`${key}: no distribution`];
    });
    expect(errors).toEqual([]);
  });

  it('keeps corrections as revisions with a reason, the last being the current figure', () => {
    const corrected = rows.filter((row) => row.revisions.length > 1);
    expect(corrected.length).toBeGreaterThan(5);
    expect(corrected.some((row) => row.unitId === '850')).toBe(true);
    for (const row of corrected) {
      const [first, last] = [row.revisions[0], row.revisions.at(-1)];
      expect(first?.reason).toBeNull();
      expect(last?.reason).toMatch(/minh họa/);
      expect(last?.value).toBe(row.value);
      expect(first?.numerator).not.toBe(row.numerator);
    }
  });

  it('recomputes Trà Vinh from the summed numerators and denominators of all its districts', () => {
    const province = rows.filter((row) => row.unitId === '84');
    expect(province.length).toBeGreaterThan(20);
    for (const row of province) {
      const parts = (DEMO_DISTRICTS['84'] ?? []).map((district) => byKey.get(keyOf({ ...row, unitId: district })));
      const numerator = parts.reduce((sum, part) => sum + (part?.numerator ?? Number.NaN), 0);
      const denominator = parts.reduce((sum, part) => sum + (part?.denominator ?? Number.NaN), 0);
      expect([row.numerator, row.denominator]).toEqual([numerator, denominator]);
      expect(row.value).toBeCloseTo((100 * numerator) / denominator, 6);
    }
  });

  it('gives the old Bến Tre access and efficiency figures only, and the new Vĩnh Long its first post-reform year', () => {
    const benTreThemes = new Set(rows.filter((row) => row.unitId === '83').map((row) => getIndicator(row.indicator).theme));
    expect([...benTreThemes].sort()).toEqual(['access', 'efficiency']);
    expect(rows.filter((row) => row.unitId === '86@2025').every((row) => row.period === '2025-2026')).toBe(true);
    expect(rows.some((row) => row.unitId === '86@2025')).toBe(true);
  });

  it('leaves some figures of neighbouring districts in review for the latest year', () => {
    const statuses = new Set(rows.filter((row) => row.unitId === '784').map((row) => row.status));
    expect(statuses.has('published')).toBe(true);
    expect(statuses.size).toBeGreaterThan(1);
  });
});
