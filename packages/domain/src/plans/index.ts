import type { Plan } from '../plan/plan.js';
import { PLAN_000 } from './plan-000.js';
import { PLAN_001 } from './plan-001.js';
import { PLAN_002 } from './plan-002.js';
import { PLAN_003 } from './plan-003.js';
import { PLAN_004 } from './plan-004.js';

/** The plans the platform is built from, in id order. */
export const PLANS: readonly Plan[] = [PLAN_000, PLAN_001, PLAN_002, PLAN_003, PLAN_004];

/** The plan with this id; an unknown id is a programming or data error, so it throws. */
export function getPlan(id: string): Plan {
  const plan = PLANS.find((candidate) => candidate.id === id);
  if (!plan) {
    throw new Error(`Không có kế hoạch "${id}" / Unknown plan "${id}"`);
  }
  return plan;
}
