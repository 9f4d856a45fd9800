import { describe, expect, it } from 'vitest';
import { getPlan, PLANS } from './index.js';

describe('PLANS', () => {
  it('lists the five plans in id order', () => {
    expect(PLANS.map((plan) => plan.id)).toEqual(['000', '001', '002', '003', '004']);
  });

  it('gives every target an id of its own across all plans', () => {
    const ids = PLANS.flatMap((plan) => plan.targets.map((target) => target.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites each target to the plan that holds it', () => {
    const misfiled = PLANS.flatMap((plan) => plan.targets.filter((target) => target.plan !== plan.id || target.unitCode !== plan.unitCode));
    expect(misfiled).toEqual([]);
  });
});

describe('getPlan', () => {
  it('finds a plan by its id', () => {
    expect(getPlan('004').unitCode).toBe('783');
  });

  it('refuses an unknown id in both languages', () => {
    expect(() => getPlan('999')).toThrow('Không có kế hoạch "999" / Unknown plan "999"');
  });
});
