import type { DistrictInfo, PlanInfo } from '../data/site-data.js';

/**
 * A short name for a plan in citations: its document number when the text gives one ("45/KH-PGDĐT"),
 * otherwise its district and period ("Cầu Ngang 2023"), since several plans carry no number.
 */
export function planLabel(plan: Pick<PlanInfo, 'number' | 'period' | 'id'>, district: Pick<DistrictInfo, 'shortName'> | undefined): string {
  return plan.number ?? (district ? `${district.shortName} ${plan.period}` : `${plan.id} (${plan.period})`);
}

/** Names that tell units apart in a chart: the short name, or the full one when two units share it (Thị xã and Huyện Duyên Hải). */
export function distinctNames(units: ReadonlyArray<{ name: string; shortName: string }>): string[] {
  const counts = new Map<string, number>();
  for (const unit of units) counts.set(unit.shortName, (counts.get(unit.shortName) ?? 0) + 1);
  return units.map((unit) => ((counts.get(unit.shortName) ?? 0) > 1 ? unit.name : unit.shortName));
}
