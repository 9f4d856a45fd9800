import type { AdminUnit, Indicator, Level, UnitRegistry } from '@edu-vn/domain';
import type { Context } from '../context.js';
import { noticeFor } from '../observation/illustrative-notice.js';
import { viewerScope } from '../observation/observation-visibility.js';
import { computeFigure, unitsNeeded, type FigureRequest } from '../rebase/compute-figure.js';
import { fetchFigureTable } from '../rebase/figure-inputs.js';
import type { Figure, FigureBasis } from '../rebase/figure.type.js';
import { followUnit } from './follow-unit.js';
import type { Series } from './series.type.js';

/** A refused point for a period no single published unit stands for. */
function unrepresented(unit: AdminUnit, period: string): Figure {
  return {
    unitId: unit.id,
    period,
    basis: 'as_published',
    value: null,
    numerator: null,
    denominator: null,
    observation: null,
    parts: [],
    refusal: {
      code: 'no_data',
      messageVi: `${unit.name} (${unit.id}) chưa tồn tại trong kỳ ${period} và không có một đơn vị cũ duy nhất thay cho nó: hãy dùng REBASED.`,
      messageEn: `${unit.name} (${unit.id}) did not exist in ${period} and no single former unit stands for it: use REBASED.`,
      unitIds: [unit.id],
    },
    illustrative: false,
    notice: null,
  };
}

/** Every point of a series from one statement: the figures of every unit any point needs, for every period. */
export async function buildSeries(
  ctx: Context,
  registry: UnitRegistry,
  query: { unit: AdminUnit; indicator: Indicator; level: Level; periods: string[]; basis: FigureBasis },
): Promise<Series> {
  const requests: (FigureRequest | null)[] = query.periods.map((period) => {
    if (query.basis !== 'as_published') return { unit: query.unit, period, basis: query.basis };
    const standIn = followUnit(registry, query.unit, period);
    return standIn === null ? null : { unit: standIn, period, basis: 'as_published' };
  });
  const table = await fetchFigureTable(ctx, viewerScope(ctx), {
    indicator: query.indicator.code,
    level: query.level,
    periods: query.periods,
    unitIds: requests.flatMap((request) => (request === null ? [] : unitsNeeded(registry, request))),
  });
  const points = requests.map((request, index) =>
    request === null ? unrepresented(query.unit, query.periods[index] ?? '') : computeFigure(registry, query.indicator, request, table),
  );
  const illustrative = points.some((point) => point.illustrative);
  return {
    unitId: query.unit.id,
    indicatorCode: query.indicator.code,
    level: query.level,
    basis: query.basis,
    points,
    illustrative,
    notice: noticeFor(illustrative),
  };
}
