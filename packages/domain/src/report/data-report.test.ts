import { describe, expect, it } from 'vitest';
import { PLANS } from '../plans/index.js';
import { buildDataReport, formatDataReport } from './data-report.js';

describe('buildDataReport', () => {
  const report = buildDataReport(PLANS);

  it('counts the targets of each plan', () => {
    expect(report.plans.map((plan) => [plan.id, plan.targets])).toEqual([
      ['000', 26],
      ['001', 0],
      ['002', 1],
      ['003', 102],
      ['004', 3],
    ]);
    expect(report.totalTargets).toBe(132);
  });

  it('counts every target once across the indicators', () => {
    expect(report.indicators.reduce((sum, indicator) => sum + indicator.targets, 0)).toBe(report.totalTargets);
  });

  it('prints both tables', () => {
    const text = formatDataReport(report);
    expect(text).toContain('Targets per plan');
    expect(text).toContain('Targets per indicator');
    expect(text).toMatch(/003\s+850\s+2024-2025\s+102/);
  });
});
