import * as Plot from '@observablehq/plot';
import { CHART_COLOURS } from './chart-colours.js';
import { renderSvg } from './render-svg.js';

export interface TrendPoint {
  period: string;
  value: number | null;
  target: number | null;
}

export interface ChartLabels {
  /** Accessible name of the image; the table beside it carries the figures. */
  label: string;
  /** Unit shown on the value axis, e.g. "%". */
  axis: string;
  /** Number formatting of the page's language, e.g. 98,5 in Vietnamese. */
  format: (value: number) => string;
}

/** One indicator of one unit over the years, with its targets drawn as dashed lines across each year. */
export function trendChartSvg(points: readonly TrendPoint[], labels: ChartLabels): string {
  const values = points.filter((p): p is TrendPoint & { value: number } => p.value !== null);
  const targets = points.filter((p): p is TrendPoint & { target: number } => p.target !== null);
  return renderSvg(
    {
      width: 560,
      height: 260,
      marginLeft: 56,
      marginBottom: 36,
      style: { fontSize: '13px' },
      x: { type: 'band', domain: points.map((p) => p.period), padding: 0.25, label: null },
      y: { grid: true, nice: true, label: labels.axis, tickFormat: labels.format },
      marks: [
        Plot.tickY(targets, { x: 'period', y: 'target', stroke: CHART_COLOURS.target, strokeWidth: 3, strokeDasharray: '8 4' }),
        Plot.lineY(values, { x: 'period', y: 'value', stroke: CHART_COLOURS.value, strokeWidth: 2.5 }),
        Plot.dot(values, { x: 'period', y: 'value', fill: CHART_COLOURS.value, r: 4.5 }),
      ],
    },
    labels.label,
  );
}
