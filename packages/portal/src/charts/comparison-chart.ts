import * as Plot from '@observablehq/plot';
import { CHART_COLOURS } from './chart-colours.js';
import { renderSvg } from './render-svg.js';
import type { ChartLabels } from './trend-chart.js';

export interface ComparisonPoint {
  name: string;
  value: number;
  target: number | null;
  /** Drawn darker: the unit the reader came from. */
  highlight?: boolean;
}

/** Units side by side for one indicator, level and year: a dot per unit, its own target as a vertical line. */
export function comparisonChartSvg(points: readonly ComparisonPoint[], labels: ChartLabels): string {
  const targets = points.filter((p): p is ComparisonPoint & { target: number } => p.target !== null);
  return renderSvg(
    {
      width: 560,
      height: 40 + 26 * points.length,
      marginLeft: 150,
      marginRight: 24,
      style: { fontSize: '13px' },
      y: { type: 'band', domain: points.map((p) => p.name), label: null, padding: 0.3 },
      x: { grid: true, nice: true, label: labels.axis, tickFormat: labels.format },
      marks: [
        Plot.ruleY(points, { y: 'name', stroke: '#b1b4b6', strokeWidth: 1 }),
        Plot.tickX(targets, { x: 'target', y: 'name', stroke: CHART_COLOURS.target, strokeWidth: 3, strokeDasharray: '5 2' }),
        Plot.dot(points, { x: 'value', y: 'name', fill: (p: ComparisonPoint) => (p.highlight ? CHART_COLOURS.highlight : CHART_COLOURS.value), r: (p: ComparisonPoint) => (p.highlight ? 7 : 5) }),
      ],
    },
    labels.label,
  );
}
