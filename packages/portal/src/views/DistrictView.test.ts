import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import DistrictView from './DistrictView.astro';
import { saveSiteData, SITE_DATA_ENV } from '../data/site-data-store.js';
import type { DistrictInfo, SiteData } from '../data/site-data.js';

const district = (code: string, name: string): DistrictInfo => ({
  code,
  name,
  shortName: name.replace(/^Huyện /, ''),
  type: 'Huyện',
  slug: code,
  provinceCode: '84',
  provinceName: 'Tỉnh Trà Vinh',
  validFrom: '2004-01-01',
  validTo: '2025-07-01',
  successors: [],
  planIds: [],
  query: 'district-units',
});

const withoutTargets = district('849', 'Huyện Càng Long');
const withTargets = district('850', 'Huyện Duyên Hải');

const data: SiteData = {
  fetchedAt: '2025-08-01T00:00:00Z',
  apiUrl: 'https://example.invalid/graphql',
  provinces: [],
  districts: [withoutTargets, withTargets],
  indicators: [],
  plans: [],
  scorecards: [
    {
      unitCode: '850',
      period: '2024-2025',
      query: 'district-scorecard-850-2024-2025',
      rows: [
        {
          target: {
            id: 't1',
            indicator: 'dropout_rate',
            level: 'thcs',
            period: '2024-2025',
            unitCode: '850',
            comparator: 'lt',
            value: 1,
            valueMax: null,
            unit: 'percent',
            wording: 'dưới 1%',
            quote: 'Tỷ lệ học sinh bỏ học dưới 1%',
            planId: '003',
            section: 'II.2.c',
            note: null,
            disaggregation: null,
          },
          actual: null,
          attainment: { status: 'no_data', margin: null },
          explanation: null,
        },
      ],
    },
  ],
  series: [],
  charts: [],
  comparisons: [],
  queryRuns: [],
  queryFiles: {},
};

let dir: string;
const lede = (html: string) => /<p class="lede"[^>]*>(.*?)<\/p>/s.exec(html)?.[1];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'district-view-'));
  const file = join(dir, 'site-data.json');
  await saveSiteData(file, data);
  process.env[SITE_DATA_ENV] = file;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function render(lang: 'vi' | 'en', info: DistrictInfo): Promise<string> {
  const container = await AstroContainer.create({ astroConfig: { site: 'https://example.invalid' } });
  const path = lang === 'vi' ? `/huyen/${info.slug}/` : `/en/districts/${info.slug}/`;
  return container.renderToString(DistrictView, { props: { lang, district: info }, request: new Request(`https://example.invalid${path}`) });
}

describe('DistrictView intro', () => {
  it.each([
    ['vi', 'Tỉnh: Tỉnh Trà Vinh.'],
    ['en', 'Province: Tỉnh Trà Vinh.'],
  ] as const)('ends with the province and one full stop when the district has no targets (%s)', async (lang, text) => {
    expect(lede(await render(lang, withoutTargets))).toBe(text);
  });

  it.each([
    ['vi', 'Tỉnh: Tỉnh Trà Vinh. 0 đạt, 0 không đạt, 1 chưa có số liệu.'],
    ['en', 'Province: Tỉnh Trà Vinh. 0 met, 0 not met, 1 without data.'],
  ] as const)('adds the summary sentence when the district has targets (%s)', async (lang, text) => {
    expect(lede(await render(lang, withTargets))).toBe(text);
  });
});
