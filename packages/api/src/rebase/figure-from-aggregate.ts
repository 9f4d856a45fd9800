import type { Indicator, UnitRegistry } from '@edu-vn/domain';
import type { Context } from '../context.js';
import { noticeFor } from '../observation/illustrative-notice.js';
import { aggregateFigure } from '../province-scorecard/aggregate-figure.js';
import { loadProvinceAggregates } from '../province-scorecard/province-aggregate.queries.js';
import { childrenOn, type FigureRequest } from './compute-figure.js';
import { cellKey, fetchFigureTable } from './figure-inputs.js';
import type { Figure } from './figure.type.js';

/**
 * A province's aggregated figure for the public from the stored sums of published figures: one keyed read instead of
 * one row per unit. The parts are fetched only when asked for. Null when the sums cannot give the figure (a unit is
 * missing, a rate lacks its counts…): the caller then computes it unit by unit, naming the units at fault.
 */
export async function figureFromAggregate(ctx: Context, registry: UnitRegistry, indicator: Indicator, request: FigureRequest & { level: string }): Promise<Figure | null> {
  const expected = childrenOn(registry, request.unit, request.period).map((unit) => unit.id);
  const [aggregate] = await loadProvinceAggregates(ctx.db, request.unit.id, request.period, { indicator: indicator.code, level: request.level });
  const result = aggregateFigure(indicator.unit, expected, aggregate);
  if (!result.ok || !aggregate) return null;
  const loadParts = async () => {
    const table = await fetchFigureTable(ctx, { kind: 'none' }, { indicator: indicator.code, level: request.level, periods: [request.period], unitIds: expected });
    return expected.map((unitId) => ({ unitId, relation: null, observation: table.get(cellKey(unitId, request.period)) ?? null }));
  };
  return {
    unitId: request.unit.id,
    period: request.period,
    basis: 'aggregated',
    value: result.value,
    numerator: result.numerator ?? null,
    denominator: result.denominator ?? null,
    observation: null,
    parts: [],
    loadParts,
    refusal: null,
    illustrative: aggregate.illustrative,
    notice: noticeFor(aggregate.illustrative),
  };
}
