import { describe, expect, test } from 'vitest';
import type { ExportFigure } from './export-figure.js';
import { streamFiguresCsv, writeFiguresCsv } from './write-csv.js';

function figure(index: number, source: string): ExportFigure {
  return {
    unitId: String(800 + (index % 50)),
    unitName: `Huyện số ${index}`,
    period: '2024-2025',
    level: 'tieu_hoc',
    indicator: 'dropout_rate',
    indicatorName: 'Tỷ lệ học sinh bỏ học',
    measure: 'percent',
    disaggregation: index % 3 === 0 ? { by: 'sex', value: 'female' } : null,
    value: index / 7,
    numerator: index,
    denominator: 3000,
    source,
    status: 'published',
    revision: 1,
    illustrative: index % 2 === 0,
    updatedAt: new Date('2025-06-20T03:00:00Z'),
    version: 1,
  };
}

async function* arriving(figures: readonly ExportFigure[]): AsyncGenerator<ExportFigure> {
  for (const item of figures) yield item;
}

async function collect(pieces: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const piece of pieces) all.push(piece);
  return all;
}

describe('streamFiguresCsv', () => {
  test.each([
    ['no figures', 0],
    ['one figure', 1],
    ['more figures than fit in one piece', 5_000],
  ])('writes exactly what writeFiguresCsv writes, BOM and formula neutralisation included, for %s', async (_name, count) => {
    const figures = Array.from({ length: count }, (_, index) => figure(index, index % 4 === 0 ? '=HYPERLINK("x")' : `Báo cáo, "số ${index}"`));
    const pieces = await collect(streamFiguresCsv(arriving(figures)));
    expect(pieces.join('')).toBe(writeFiguresCsv(figures));
    expect(pieces[0]?.startsWith('\uFEFFMã đơn vị,')).toBe(true);
    if (count === 5_000) expect(pieces.length).toBeGreaterThan(1);
  });
});
