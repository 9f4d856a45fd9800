import { describe, expect, it } from 'vitest';
import { comparisonChartSvg } from './comparison-chart.js';
import { shortPeriod, smallMultiplesChartSvg } from './small-multiples-chart.js';
import { trendChartSvg } from './trend-chart.js';
import { CHART_COLOURS } from './chart-colours.js';

const labels = { label: 'Tỷ lệ bỏ học', axis: '%', format: (n: number) => String(n).replace('.', ',') };

describe('trendChartSvg', () => {
  const svg = trendChartSvg(
    [
      { period: '2022-2023', value: 0.9, target: null },
      { period: '2023-2024', value: 1.2, target: 1 },
      { period: '2024-2025', value: null, target: 1 },
    ],
    labels,
  );

  it('renders an SVG image with an accessible name and no script', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Tỷ lệ bỏ học"');
    expect(svg).not.toContain('<script');
  });

  it('draws the target as a dashed line in the target colour for each year that has one', () => {
    const group = new RegExp(`<g[^>]*stroke-dasharray[^>]*stroke="${CHART_COLOURS.target}"[^>]*>(.*?)</g>`).exec(svg);
    expect(group?.[1]?.match(/<line/g)).toHaveLength(2);
  });

  it('labels the image only, not its marks, so no element carries ARIA its role forbids', () => {
    expect(svg.match(/aria-label=/g)).toHaveLength(1);
  });

  it('draws a dot for each year with a figure only', () => {
    expect(svg.match(/<circle/g)).toHaveLength(2);
  });

  it('rounds coordinates to one decimal', () => {
    expect(svg).not.toMatch(/\d\.\d{2,}/);
  });

  it('labels the value axis with the page language number format', () => {
    expect(svg).toMatch(/>0,\d</);
  });
});

describe('comparisonChartSvg', () => {
  it('draws one dot per unit and a target line only where there is a target', () => {
    const svg = comparisonChartSvg(
      [
        { name: 'Cầu Ngang', value: 98.5, target: 98, highlight: true },
        { name: 'Duyên Hải', value: 97.1, target: null },
      ],
      labels,
    );
    expect((svg.match(/<circle/g) ?? []).length).toBe(2);
    expect(svg).toContain('Cầu Ngang');
    expect(svg).toContain(CHART_COLOURS.target);
  });

  it('draws no target line when no unit has a target', () => {
    const svg = comparisonChartSvg([{ name: 'Duyên Hải', value: 97.1, target: null }], labels);
    expect(svg).not.toContain(CHART_COLOURS.target);
  });
});

describe('smallMultiplesChartSvg', () => {
  it('titles each panel with its unit', () => {
    const svg = smallMultiplesChartSvg(
      [
        { panel: 'Cầu Ngang', period: '2023-2024', value: 1 },
        { panel: 'Trà Cú', period: '2023-2024', value: 2 },
      ],
      ['2023-2024'],
      labels,
    );
    expect(svg).toContain('Cầu Ngang');
    expect(svg).toContain('Trà Cú');
  });
});

describe('shortPeriod', () => {
  it.each([
    ['2023-2024', '23-24'],
    ['2023', '2023'],
    ['2024-2025/HK1', '2024-2025/HK1'],
  ])('shortens %s to %s', (period, short) => {
    expect(shortPeriod(period)).toBe(short);
  });
});
