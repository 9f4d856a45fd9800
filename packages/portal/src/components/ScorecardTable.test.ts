import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ScorecardTable from './ScorecardTable.astro';
import type { DistrictInfo, IndicatorInfo, PlanInfo, ScorecardRow, TargetInfo } from '../data/site-data.js';

const target = (id: string, fields: Partial<TargetInfo>): TargetInfo => ({
  id,
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
  ...fields,
});

const rows: ScorecardRow[] = [
  {
    target: target('missed', {}),
    actual: {
      value: 1.25,
      numerator: 50,
      denominator: 4000,
      status: 'published',
      revision: 2,
      source: 'Báo cáo tổng kết',
      illustrative: false,
      recordedAt: '2025-06-20T08:00:00Z',
      revisions: [
        { revision: 1, value: 1.5, recordedAt: '2025-06-10T08:00:00Z', reason: null },
        { revision: 2, value: 1.25, recordedAt: '2025-06-20T08:00:00Z', reason: 'Sửa số học sinh chuyển trường' },
      ],
    },
    attainment: { status: 'not_met', margin: -0.25 },
    explanation: { cause: 'Học sinh theo gia đình đi làm ăn xa', remedy: 'Vận động học sinh trở lại lớp', causeEn: null, remedyEn: null, illustrative: false, recordedAt: '2025-06-25T08:00:00Z' },
  },
  {
    target: target('demo-explained', { indicator: 'repetition_rate', wording: 'dưới 1%' }),
    actual: null,
    attainment: { status: 'not_met', margin: -0.29 },
    explanation: {
      cause: 'Số liệu minh họa: kết quả 1,29% chưa đạt chỉ tiêu «dưới 1%».',
      remedy: 'Số liệu minh họa: phụ đạo học sinh yếu.',
      causeEn: 'Illustrative: the result, 1.29%, falls short of the target "dưới 1%".',
      remedyEn: 'Illustrative: give extra lessons to those who struggle.',
      illustrative: true,
      recordedAt: '2025-07-29T09:00:00Z',
    },
  },
  { target: target('waiting', { indicator: 'mobilisation_rate', level: 'mau_giao', comparator: 'gt', value: 99, wording: 'trên 99%' }), actual: null, attainment: { status: 'no_data', margin: null }, explanation: null },
  {
    target: target('middle-band', { indicator: 'primary_result_good_rate', level: 'tieu_hoc', comparator: 'eq', value: 30, wording: '30%', section: 'II.2.b' }),
    actual: {
      value: 31.5,
      numerator: 630,
      denominator: 2000,
      status: 'published',
      revision: 1,
      source: 'Báo cáo tổng kết',
      illustrative: false,
      recordedAt: '2025-06-20T08:00:00Z',
      revisions: [{ revision: 1, value: 31.5, recordedAt: '2025-06-20T08:00:00Z', reason: null }],
    },
    attainment: { status: 'not_assessed', margin: null },
    explanation: null,
  },
];

const indicators = new Map<string, IndicatorInfo>([
  ['dropout_rate', { code: 'dropout_rate', nameVi: 'Tỷ lệ học sinh bỏ học', nameEn: 'Dropout rate' } as IndicatorInfo],
  ['mobilisation_rate', { code: 'mobilisation_rate', nameVi: 'Tỷ lệ huy động trẻ', nameEn: 'Mobilisation rate' } as IndicatorInfo],
  ['repetition_rate', { code: 'repetition_rate', nameVi: 'Tỷ lệ học sinh lưu ban', nameEn: 'Repetition rate' } as IndicatorInfo],
  ['primary_result_good_rate', { code: 'primary_result_good_rate', nameVi: 'Tỷ lệ học sinh hoàn thành tốt', nameEn: 'Completed well' } as IndicatorInfo],
]);
const plans = new Map<string, PlanInfo>([['003', { id: '003', number: null, period: '2024-2025', unitCode: '850' } as PlanInfo]]);
const districts = new Map<string, DistrictInfo>([['850', { code: '850', shortName: 'Duyên Hải' } as DistrictInfo]]);

let html: { vi: string; en: string };

beforeAll(async () => {
  const container = await AstroContainer.create();
  const render = (lang: 'vi' | 'en') =>
    container.renderToString(ScorecardTable, {
      props: { lang, caption: 'Bảng', rows, indicators, plans, districts, query: 'scorecard-850-2024-2025', download: 'scorecard-850-2024-2025', levelOrder: ['mau_giao', 'tieu_hoc', 'thcs'] },
    });
  html = { vi: await render('vi'), en: await render('en') };
});

describe('ScorecardTable', () => {
  it('groups the targets by level in the order of the education system', () => {
    expect(html.vi.indexOf('Mẫu giáo')).toBeLessThan(html.vi.indexOf('THCS'));
  });

  it('writes the target, the figure and the margin the Vietnamese way', () => {
    expect(html.vi).toContain('dưới 1%');
    expect(html.vi).toContain('1,25%');
    expect(html.vi).toContain('−0,25 điểm %');
  });

  it('shows the district’s explanation beside a missed target', () => {
    expect(html.vi).toContain('Không đạt');
    expect(html.vi).toContain('Học sinh theo gia đình đi làm ăn xa');
    expect(html.vi).toContain('Vận động học sinh trở lại lớp');
  });

  it('labels an illustrative explanation and gives its English text on English pages, the district’s own words stay Vietnamese', () => {
    const explanations = (html: string) => [...html.matchAll(/<div class="explanation"[^>]*>([\s\S]*?)<\/div>/g)].map((m) => m[1] ?? '');
    const [own, demo] = explanations(html.vi);
    expect(own).not.toContain('demo-badge');
    expect(demo).toContain('demo-badge');
    expect(demo).toContain('Số liệu minh họa: kết quả 1,29% chưa đạt chỉ tiêu «dưới 1%».');
    const [ownEn, demoEn] = explanations(html.en);
    expect(ownEn).toMatch(/<p lang="vi"[^>]*>[\s\S]*Học sinh theo gia đình đi làm ăn xa/);
    expect(demoEn).toMatch(/<p lang="en"[^>]*>[\s\S]*Illustrative: the result, 1\.29%, falls short of the target &quot;dưới 1%&quot;\./);
    expect(demoEn).toContain('>illustrative</span>');
  });

  it('shows the revision log of a corrected figure with the reason', () => {
    expect(html.vi).toContain('Lịch sử sửa đổi (2)');
    expect(html.vi).toContain('<s>1,5%</s>');
    expect(html.vi).toContain('Sửa số học sinh chuyển trường');
  });

  it('says a target without a figure has no data rather than not met', () => {
    const waiting = html.vi.slice(html.vi.indexOf('Tỷ lệ huy động trẻ'));
    expect(waiting.slice(0, waiting.indexOf('</tr>'))).toContain('Chưa có số liệu');
  });

  it('shows a middle band of a distribution with its figure as not assessed on its own, neutral and without a margin', () => {
    const rowOf = (html: string) => {
      const from = html.slice(html.indexOf('Tỷ lệ học sinh hoàn thành tốt') >= 0 ? html.indexOf('Tỷ lệ học sinh hoàn thành tốt') : html.indexOf('Completed well'));
      return from.slice(0, from.indexOf('</tr>'));
    };
    const vi = rowOf(html.vi);
    expect(vi).toContain('31,5%');
    expect(vi).toContain('<span class="att-not_assessed">Không đánh giá riêng</span>');
    expect(vi).not.toContain('att-not_met');
    expect(vi).not.toContain('att-met');
    expect(vi).not.toContain('Không đạt');
    expect(vi).toMatch(/<td class="num">—<\/td>/);
    expect(rowOf(html.en)).toContain('<span class="att-not_assessed">Not assessed on its own</span>');
  });

  it('cites the plan and section and links to the query and downloads', () => {
    expect(html.vi).toContain('Kế hoạch Duyên Hải 2024-2025</a>, mục II.2.c');
    expect(html.vi).toContain('href="/du-lieu-mo/truy-van/scorecard-850-2024-2025/"');
    expect(html.vi).toContain('href="/du-lieu/scorecard-850-2024-2025.csv"');
  });

  it('speaks English on English pages, with English number formats', () => {
    expect(html.en).toContain('Not met');
    expect(html.en).toContain('1.25%');
    expect(html.en).toContain('href="/en/open-data/queries/scorecard-850-2024-2025/"');
  });
});
