import type { AttainmentStatus, Series } from '../data/site-data.js';

/** How many trend charts a district page draws; the rest stay in the trends table, to keep the page light. */
export const MAX_TREND_CHARTS = 6;

/**
 * The series worth a chart: those with at least two years, missed targets first, then targets met, then the rest,
 * so the reader sees first where the district fell short.
 */
export function chartedSeries(series: readonly Series[], attainmentOf: (s: Series) => AttainmentStatus | null, limit = MAX_TREND_CHARTS): Series[] {
  const rank: Record<AttainmentStatus | 'none', number> = { not_met: 0, met: 1, not_assessed: 2, no_data: 2, none: 3 };
  return series
    .filter((s) => s.points.length >= 2)
    .map((s, order) => ({ s, order, rank: rank[attainmentOf(s) ?? 'none'] }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map(({ s }) => s);
}
