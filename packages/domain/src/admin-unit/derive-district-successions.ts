import type { AdminUnit, UnitSuccession } from './admin-unit.js';

/**
 * Derives each old district's successors from its communes' pairs, since the mapping lists communes only.
 * A district passes to every new commune that received any of its communes. The relation is `full` only when
 * the whole district went into that one commune (all its communes went wholly there); otherwise `partial`,
 * even if the new commune lies entirely inside the district. Districts already in `successions` are skipped.
 */
export function deriveDistrictSuccessions(units: readonly AdminUnit[], successions: readonly UnitSuccession[]): UnitSuccession[] {
  const byOld = new Map<string, UnitSuccession[]>();
  for (const succession of successions) {
    const list = byOld.get(succession.oldId);
    if (list) list.push(succession);
    else byOld.set(succession.oldId, [succession]);
  }

  const communesByDistrict = new Map<string, AdminUnit[]>();
  for (const unit of units) {
    if (unit.era !== 'pre-reform' || unit.kind !== 'commune' || unit.parentId === null || !byOld.has(unit.id)) continue;
    const list = communesByDistrict.get(unit.parentId);
    if (list) list.push(unit);
    else communesByDistrict.set(unit.parentId, [unit]);
  }

  const derived: UnitSuccession[] = [];
  for (const district of units) {
    if (district.era !== 'pre-reform' || district.kind !== 'district' || byOld.has(district.id)) continue;
    const pairs = (communesByDistrict.get(district.id) ?? []).flatMap((commune) => byOld.get(commune.id) ?? []);
    const targets = new Map<string, UnitSuccession>();
    for (const pair of pairs) if (!targets.has(pair.newId)) targets.set(pair.newId, pair);
    const whole = targets.size === 1 && pairs.every((pair) => pair.relation === 'full');
    for (const pair of [...targets.values()].sort((a, b) => (a.newCode < b.newCode ? -1 : a.newCode > b.newCode ? 1 : 0))) {
      derived.push({
        oldId: district.id,
        oldCode: district.code,
        oldKind: 'district',
        newId: pair.newId,
        newCode: pair.newCode,
        newKind: pair.newKind,
        relation: whole ? 'full' : 'partial',
        effective: pair.effective,
        derived: true,
      });
    }
  }
  return derived;
}
