import { describe, expect, it } from 'vitest';
import { dataTables, tableFile } from './data-tables.js';
import type { Comparison, DistrictInfo, IndicatorInfo, Series, SiteData } from '../data/site-data.js';

const district: DistrictInfo = {
  code: '178',
  name: 'Huyện Văn Lãng',
  shortName: 'Văn Lãng',
  type: 'Huyện',
  slug: 'van-lang',
  provinceCode: '20',
  provinceName: 'Tỉnh Lạng Sơn',
  validFrom: '2004-01-01',
  validTo: '2025-07-01',
  successors: [],
  planIds: [],
  query: 'district-units',
};

const indicator: IndicatorInfo = {
  code: 'dropout_rate',
  nameVi: 'Tỷ lệ học sinh bỏ học',
  nameEn: 'Dropout rate',
  definitionVi: '',
  definitionEn: '',
  unit: 'percent',
  direction: 'lower_is_better',
  levels: ['tieu_hoc', 'thcs', 'mau_giao', 'all'],
  theme: 'efficiency',
  numeratorVi: null,
  denominatorVi: null,
  numeratorEn: null,
  denominatorEn: null,
  query: 'indicators',
};

const series = (level: string): Series => ({
  indicator: 'dropout_rate',
  unitCode: '178',
  level,
  points: [{ period: '2024-2025', value: 0.5, status: 'published', illustrative: false, recordedAt: null, target: null }],
  query: 'series',
});

const comparison = (level: string): Comparison => ({
  indicator: 'dropout_rate',
  level,
  period: '2024-2025',
  province: { code: '20', name: 'Tỉnh Lạng Sơn', kind: 'province' },
  reported: 0,
  expected: 1,
  rows: [],
  query: 'comparison',
});

const levels = ['thcs', 'tieu_hoc', 'mau_giao', 'all'];

const data: SiteData = {
  fetchedAt: '2025-08-01T00:00:00Z',
  apiUrl: 'https://example.invalid/graphql',
  provinces: [],
  districts: [district],
  indicators: [indicator],
  plans: [],
  scorecards: [],
  series: levels.map(series),
  charts: levels.map(series),
  comparisons: levels.map(comparison),
  queryRuns: [],
  queryFiles: {},
};

const titles = (file: string) => {
  const table = dataTables(data).find((t) => t.file === file);
  if (!table) throw new Error(`no table ${file}`);
  return [table.titleVi, table.titleEn];
};

describe('download titles name levels as the pages do', () => {
  it.each([
    ['thcs', 'THCS', 'Lower secondary'],
    ['tieu_hoc', 'Tiểu học', 'Primary'],
    ['mau_giao', 'Mẫu giáo', 'Kindergarten'],
    ['all', 'Toàn huyện', 'Whole district'],
  ])('a comparison at %s reads %s / %s', (level, vi, en) => {
    expect(titles(tableFile.comparison('20', 'dropout_rate', level, '2024-2025'))).toEqual([
      `Tỷ lệ học sinh bỏ học: so sánh các huyện của Tỉnh Lạng Sơn, ${vi}, 2024-2025`,
      `Dropout rate: districts of Tỉnh Lạng Sơn compared, ${en}, 2024-2025`,
    ]);
  });

  it.each([
    ['thcs', 'THCS', 'Lower secondary'],
    ['all', 'Toàn huyện', 'Whole district'],
  ])('an indicator series at %s reads %s / %s', (level, vi, en) => {
    expect(titles(tableFile.indicatorSeries('dropout_rate', level))).toEqual([
      `Tỷ lệ học sinh bỏ học, ${vi}: các huyện qua các năm`,
      `Dropout rate, ${en}: districts over the years`,
    ]);
  });

  it.each([
    ['tieu_hoc', 'Tiểu học', 'Primary'],
    ['mau_giao', 'Mẫu giáo', 'Kindergarten'],
  ])('a district trend at %s reads %s / %s', (level, vi, en) => {
    expect(titles(tableFile.trend('dropout_rate', '178', level))).toEqual([
      `Tỷ lệ học sinh bỏ học, Huyện Văn Lãng, ${vi}: xu hướng`,
      `Dropout rate, Huyện Văn Lãng, ${en}: trend`,
    ]);
  });

  it('keeps the code of a level it has no name for', () => {
    const [vi, en] = dataTables({ ...data, comparisons: [comparison('dai_hoc')] }).filter((t) => t.file.startsWith('comparison-')).flatMap((t) => [t.titleVi, t.titleEn]);
    expect(vi).toContain(', dai_hoc, 2024-2025');
    expect(en).toContain(', dai_hoc, 2024-2025');
  });
});
