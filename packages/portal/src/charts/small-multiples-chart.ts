import * as Plot from '@observablehq/plot';
import { CHART_COLOURS } from './chart-colours.js';
import { renderSvg } from './render-svg.js';
import type { ChartLabels } from './trend-chart.js';

export interface PanelPoint {
  panel: string;
  period: string;
  value: number;
}

const COLUMNS = 3;

/** "2023-2024" → "23-24", so school years fit under a small panel. */
export function shortPeriod(period: string): string {
  const schoolYear = /^\d{2}(\d{2})-\d{2}(\d{2})$/.exec(period);
  return schoolYear ? `${schoolYear[1]}-${schoolYear[2]}` : period;
}

/** Each unit's time series in its own small panel on a shared scale: readable without a colour legend. */
export function smallMultiplesChartSvg(points: readonly PanelPoint[], periods: readonly string[], labels: ChartLabels): string {
  const panels = [...new Set(points.map((p) => p.panel))];
  const position = new Map(panels.map((name, i) => [name, i]));
  const rows = Math.ceil(panels.length / COLUMNS);
  const column = (p: PanelPoint) => (position.get(p.panel) ?? 0) % COLUMNS;
  const row = (p: PanelPoint) => Math.floor((position.get(p.panel) ?? 0) / COLUMNS);
  return renderSvg(
    {
      width: 640,
      height: 40 + rows * 130,
      marginLeft: 48,
      marginTop: 24,
      style: { fontSize: '12px' },
      fx: { axis: null, padding: 0.12 },
      fy: { axis: null, padding: 0.25 },
      x: { type: 'point', domain: [...periods], label: null, tickFormat: shortPeriod, padding: 0.3 },
      y: { grid: true, nice: true, label: labels.axis, tickFormat: labels.format, ticks: 3 },
      marks: [
        Plot.frame({ stroke: '#b1b4b6' }),
        Plot.text(panels.map((name, i) => ({ panel: name, i })), { fx: (d: { i: number }) => d.i % COLUMNS, fy: (d: { i: number }) => Math.floor(d.i / COLUMNS), frameAnchor: 'top-left', dx: 4, dy: 4, text: 'panel', fontWeight: 'bold' }),
        Plot.lineY(points, { fx: column, fy: row, x: 'period', y: 'value', stroke: CHART_COLOURS.value, strokeWidth: 2 }),
        Plot.dot(points, { fx: column, fy: row, x: 'period', y: 'value', fill: CHART_COLOURS.value, r: 3 }),
      ],
    },
    labels.label,
  );
}
