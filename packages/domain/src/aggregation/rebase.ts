import type { UnitSuccession } from '../admin-unit/admin-unit.js';
import type { IndicatorUnit } from '../indicator/indicator.js';
import { aggregateObservations, type AggregationResult, type ChildFigure } from './aggregate-observations.js';

/**
 * The figure of a unit created by the 2025 reform, from the figures of the old units that went wholly into it.
 * Refused when any old unit went into it only in part (its figure cannot be split without data on the part), when
 * none did, or when an old unit's figure is missing (the new unit's figure would silently undercount).
 */
export function rebase(
  unit: IndicatorUnit,
  newCode: string,
  successions: readonly Pick<UnitSuccession, 'oldCode' | 'newCode' | 'relation'>[],
  oldFigures: readonly ChildFigure[],
): AggregationResult {
  const contributing = successions.filter((succession) => succession.newCode === newCode);
  const oldCodes = [...new Set(contributing.map((succession) => succession.oldCode))];
  const partial = [...new Set(contributing.filter((succession) => succession.relation === 'partial').map((succession) => succession.oldCode))];
  const coverage = { expected: oldCodes, present: [], missing: oldCodes, complete: false };
  if (oldCodes.length === 0) {
    return {
      ok: false,
      code: 'no_predecessors',
      messageVi: `Không có đơn vị cũ nào sáp nhập vào đơn vị ${newCode}.`,
      messageEn: `No former unit went into unit ${newCode}.`,
      units: [],
      coverage,
    };
  }
  if (partial.length > 0) {
    return {
      ok: false,
      code: 'partial_succession',
      messageVi: `Không tính lại được số liệu cho đơn vị ${newCode}: đơn vị cũ ${partial.join(', ')} chỉ nhập một phần vào đơn vị này.`,
      messageEn: `Cannot rebase figures to unit ${newCode}: former unit ${partial.join(', ')} went into it only in part.`,
      units: partial,
      coverage,
    };
  }
  const relevant = oldFigures.filter((figure) => oldCodes.includes(figure.unitCode));
  return aggregateObservations(unit, oldCodes, relevant, { requireComplete: true });
}
