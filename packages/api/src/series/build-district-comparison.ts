import { isUnitValidOn, parsePeriod, periodStart, type AdminUnit, type Indicator, type Level, type UnitRegistry } from '@edu-vn/domain';
import type { Context } from '../context.js';
import { noticeFor } from '../observation/illustrative-notice.js';
import { viewerScope } from '../observation/observation-visibility.js';
import type { Observation } from '../observation/observation.type.js';
import { computeFigure, unitsNeeded } from '../rebase/compute-figure.js';
import { cellKey, fetchFigureTable } from '../rebase/figure-inputs.js';
import type { DistrictComparison, DistrictFigure } from './series.type.js';

/** The districts of a province in a period; for a post-reform province before the reform, those of its predecessors. */
export function districtsOf(registry: UnitRegistry, province: AdminUnit, period: string): AdminUnit[] {
  const date = periodStart(parsePeriod(period));
  const provinces = isUnitValidOn(province, date)
    ? [province]
    : registry.predecessors(province.id).flatMap((succession) => registry.byId(succession.oldId) ?? []);
  return provinces.flatMap((unit) => registry.children(unit.id, date).filter((child) => child.kind === 'district'));
}

/** Competition ranks (1, 2, 2, 4) in the indicator's better direction; none for a neutral indicator. */
export function rankFigures(indicator: Indicator, rows: readonly { unitId: string; observation: Observation | null }[]): DistrictFigure[] {
  const sign = indicator.direction === 'higher_is_better' ? -1 : indicator.direction === 'lower_is_better' ? 1 : 0;
  const sorted = [...rows].sort((a, b) => {
    if (a.observation === null || b.observation === null) return Number(a.observation === null) - Number(b.observation === null);
    return (sign === 0 ? -1 : sign) * (a.observation.value - b.observation.value) || a.unitId.localeCompare(b.unitId);
  });
  return sorted.map((row) => ({
    ...row,
    rank:
      row.observation === null || sign === 0
        ? null
        : 1 + sorted.filter((other) => other.observation !== null && sign * (other.observation.value - row.observation!.value) < 0).length,
  }));
}

/** The districts of a province side by side, with the province as published and as aggregated: one statement for all figures. */
export async function buildDistrictComparison(
  ctx: Context,
  registry: UnitRegistry,
  query: { province: AdminUnit; indicator: Indicator; level: Level; period: string },
): Promise<DistrictComparison> {
  const districts = districtsOf(registry, query.province, query.period);
  const asPublished = { unit: query.province, period: query.period, basis: 'as_published' as const };
  const aggregated = { unit: query.province, period: query.period, basis: 'aggregated' as const };
  const table = await fetchFigureTable(ctx, viewerScope(ctx), {
    indicator: query.indicator.code,
    level: query.level,
    periods: [query.period],
    unitIds: [...districts.map((district) => district.id), ...unitsNeeded(registry, asPublished), ...unitsNeeded(registry, aggregated)],
  });
  const rows = districts.map((district) => ({ unitId: district.id, observation: table.get(cellKey(district.id, query.period)) ?? null }));
  const provinceAsPublished = computeFigure(registry, query.indicator, asPublished, table);
  const provinceAggregated = computeFigure(registry, query.indicator, aggregated, table);
  const illustrative = rows.some((row) => row.observation?.illustrative) || provinceAsPublished.illustrative || provinceAggregated.illustrative;
  return {
    provinceId: query.province.id,
    indicatorCode: query.indicator.code,
    level: query.level,
    period: query.period,
    districts: rankFigures(query.indicator, rows),
    reported: rows.filter((row) => row.observation !== null).length,
    expected: rows.length,
    provinceAsPublished,
    provinceAggregated,
    illustrative,
    notice: noticeFor(illustrative),
  };
}
