import { getIndicator } from '../indicator/catalogue.js';
import type { Plan } from '../plan/plan.js';

/** Counts of the plans' targets, per plan and per indicator: what the data holds, at a glance. */
export interface DataReport {
  plans: { id: string; unitCode: string; period: string; targets: number; taskGroups: number; deadlines: number }[];
  indicators: { code: string; nameVi: string; targets: number; plans: string[] }[];
  totalTargets: number;
}

/** Builds the data report from plans (pure, so it can be tested and printed alike). */
export function buildDataReport(plans: readonly Plan[]): DataReport {
  const byIndicator = new Map<string, { targets: number; plans: Set<string> }>();
  for (const plan of plans) {
    for (const target of plan.targets) {
      const entry = byIndicator.get(target.indicator) ?? { targets: 0, plans: new Set<string>() };
      entry.targets += 1;
      entry.plans.add(plan.id);
      byIndicator.set(target.indicator, entry);
    }
  }
  return {
    plans: plans.map((plan) => ({
      id: plan.id,
      unitCode: plan.unitCode,
      period: plan.period,
      targets: plan.targets.length,
      taskGroups: plan.taskGroups.length,
      deadlines: plan.deadlines.length,
    })),
    indicators: [...byIndicator]
      .map(([code, entry]) => ({
        code,
        nameVi: getIndicator(code).nameVi,
        targets: entry.targets,
        plans: [...entry.plans].sort(),
      }))
      .sort((a, b) => b.targets - a.targets || a.code.localeCompare(b.code)),
    totalTargets: plans.reduce((sum, plan) => sum + plan.targets.length, 0),
  };
}

/** The report as plain text tables. */
export function formatDataReport(report: DataReport): string {
  const lines = ['Chỉ tiêu theo kế hoạch / Targets per plan', ''];
  lines.push(row(['plan', 'unit', 'period', 'targets', 'task groups', 'deadlines']));
  for (const plan of report.plans) {
    lines.push(row([plan.id, plan.unitCode, plan.period, plan.targets, plan.taskGroups, plan.deadlines]));
  }
  lines.push(row(['total', '', '', report.totalTargets, '', '']), '');
  lines.push('Chỉ tiêu theo chỉ số / Targets per indicator', '');
  lines.push(row(['targets', 'plans', 'indicator']));
  for (const indicator of report.indicators) {
    lines.push(row([indicator.targets, indicator.plans.join(','), `${indicator.code} — ${indicator.nameVi}`]));
  }
  return lines.join('\n');
}

function row(cells: (string | number)[]): string {
  return cells.map((cell, i) => (i === cells.length - 1 ? String(cell) : String(cell).padEnd(12))).join(' ');
}
