import { aggregateObservations, type AggregationResult, type ChildFigure, type IndicatorUnit } from '@edu-vn/domain';

/** A stored row of province_aggregate, numbers as numbers. */
export interface ProvinceAggregate {
  provinceId: string;
  indicatorCode: string;
  level: string;
  period: string;
  unitIds: string[];
  lackingUnitIds: string[];
  valueSum: number;
  numeratorSum: number;
  denominatorSum: number;
  illustrative: boolean;
}

/** Whether the summed units are exactly the expected ones. */
function coversExactly(unitIds: readonly string[], expected: ReadonlySet<string>): boolean {
  return unitIds.length === expected.size && unitIds.every((id) => expected.has(id));
}

/**
 * The province's figure from stored sums, by the domain's own aggregation. When every expected unit reported with
 * its counts, the sums go to the domain as one figure (its rounding, its refusals of ordinal levels and zero
 * denominators); otherwise each reporting unit goes as one figure, the sums carried by the first complete one, so the
 * refusal names the same units as aggregating the units one by one.
 */
export function aggregateFigure(
  unit: IndicatorUnit,
  expectedUnitIds: readonly string[],
  aggregate: ProvinceAggregate | undefined,
  expected: ReadonlySet<string> = new Set(expectedUnitIds),
): AggregationResult {
  if (aggregate && aggregate.lackingUnitIds.length === 0 && coversExactly(aggregate.unitIds, expected)) {
    const sums = { unitCode: aggregate.provinceId, value: aggregate.valueSum, numerator: aggregate.numeratorSum, denominator: aggregate.denominatorSum };
    return aggregateObservations(unit, [aggregate.provinceId], [sums], { requireComplete: true });
  }
  const lacking = new Set(aggregate?.lackingUnitIds ?? []);
  const carrier = aggregate?.unitIds.find((id) => !lacking.has(id)) ?? aggregate?.unitIds[0];
  const figures: ChildFigure[] = (aggregate?.unitIds ?? []).map((unitCode) => {
    if (lacking.has(unitCode)) return { unitCode, value: 0, numerator: null, denominator: null };
    if (unitCode !== carrier) return { unitCode, value: 0, numerator: 0, denominator: 0 };
    return { unitCode, value: aggregate!.valueSum, numerator: aggregate!.numeratorSum, denominator: aggregate!.denominatorSum };
  });
  return aggregateObservations(unit, expectedUnitIds, figures, { requireComplete: true });
}
