import { getPlan, INDICATORS } from '@edu-vn/domain';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { buildTemplate, templateBytes } from './build-template.js';
import { ILLUSTRATIVE_BANNER, ILLUSTRATIVE_MARK, META_SHEET, TEMPLATE_VERSION } from './figure-sheet-layout.js';
import { planTemplateRequest } from './template-fixture.js';

async function reopen(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await templateBytes(workbook)) as unknown as ArrayBuffer);
  return copy;
}

function lineOf(sheet: ExcelJS.Worksheet, code: string, breakdown = 'Tổng số'): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(1).value === code && row.getCell(4).value === breakdown) found = row;
  });
  if (!found) throw new Error(`no line ${code} ${breakdown}`);
  return found;
}

describe('buildTemplate', () => {
  test('builds one sheet per level with Vietnamese then English headers', async () => {
    const workbook = await reopen(buildTemplate(planTemplateRequest(['mau_giao', 'tieu_hoc'])));
    const visible = workbook.worksheets.filter((sheet) => sheet.state === 'visible').map((sheet) => sheet.name);
    expect(visible).toEqual(['Mẫu giáo', 'Tiểu học']);
    const sheet = workbook.getWorksheet('Tiểu học') as ExcelJS.Worksheet;
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      'Mã chỉ số', 'Chỉ số', 'Cấp học', 'Phân tổ', 'Đơn vị tính', 'Chỉ tiêu', 'Giá trị', 'Tử số', 'Mẫu số', 'Nguồn số liệu', 'Trạng thái', 'Lý do điều chỉnh', 'Phiên bản', 'Số liệu minh họa',
    ]);
    expect((sheet.getRow(5).values as unknown[]).slice(1, 4)).toEqual(['Indicator code', 'Indicator name', 'Level']);
    expect(String(sheet.getCell('A1').value)).toContain('Huyện Duyên Hải');
    expect(String(sheet.getCell('A1').value)).toContain('Năm học 2024-2025');
  });

  test('lists every indicator of the level once in the total line', async () => {
    const workbook = await reopen(buildTemplate(planTemplateRequest(['tieu_hoc'])));
    const sheet = workbook.getWorksheet('Tiểu học') as ExcelJS.Worksheet;
    const codes: string[] = [];
    sheet.eachRow((row, number) => {
      if (number >= 6 && row.getCell(4).value === 'Tổng số') codes.push(String(row.getCell(1).value));
    });
    expect(codes).toEqual(INDICATORS.filter((indicator) => indicator.levels.includes('tieu_hoc')).map((indicator) => indicator.code));
  });

  test('pre-fills the district targets in their own words', async () => {
    const plan = getPlan('003');
    const target = plan.targets.find((candidate) => candidate.level === 'tieu_hoc' && candidate.disaggregation === undefined);
    if (!target) throw new Error('plan 003 has a primary target');
    const workbook = await reopen(buildTemplate(planTemplateRequest(['tieu_hoc'])));
    const row = lineOf(workbook.getWorksheet('Tiểu học') as ExcelJS.Worksheet, target.indicator);
    expect(String(row.getCell(6).value)).toContain(target.wording);
  });

  test('adds a line for a breakdown a target names', async () => {
    const plan = getPlan('003');
    const target = plan.targets.find((candidate) => candidate.disaggregation !== undefined);
    if (!target) throw new Error('plan 003 has a disaggregated target');
    const sheetName = { nha_tre: 'Nhà trẻ', mau_giao: 'Mẫu giáo', mam_non: 'Mầm non', tieu_hoc: 'Tiểu học', thcs: 'THCS', thpt: 'THPT', gdtx: 'GDTX', all: 'Toàn ngành' }[target.level];
    const workbook = await reopen(buildTemplate(planTemplateRequest([target.level])));
    const sheet = workbook.getWorksheet(sheetName) as ExcelJS.Worksheet;
    const breakdowns: string[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(1).value === target.indicator) breakdowns.push(String(row.getCell(4).value));
    });
    expect(breakdowns.length).toBeGreaterThan(1);
    expect(breakdowns[0]).toBe('Tổng số');
  });

  test('checks input in the cells: rate 0-100, whole counts, lists for level and status', async () => {
    const workbook = await reopen(buildTemplate(planTemplateRequest(['tieu_hoc'])));
    const sheet = workbook.getWorksheet('Tiểu học') as ExcelJS.Worksheet;
    const rate = lineOf(sheet, 'dropout_rate');
    expect(rate.getCell(7).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    expect(rate.getCell(8).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(rate.getCell(3).dataValidation).toMatchObject({ type: 'list' });
    expect(String(rate.getCell(3).dataValidation.formulae?.[0])).toContain('Tiểu học');
    expect(rate.getCell(11).dataValidation).toMatchObject({ type: 'list', formulae: ['"Bản nháp,Gửi duyệt"'] });
    const count = lineOf(sheet, 'enrolment_count');
    expect(count.getCell(7).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
  });

  test('hides a metadata sheet naming the district, period, levels and template version', async () => {
    const workbook = await reopen(buildTemplate(planTemplateRequest(['mau_giao', 'thcs'])));
    const meta = workbook.getWorksheet(META_SHEET) as ExcelJS.Worksheet;
    expect(meta.state).toBe('veryHidden');
    const rows: unknown[][] = [];
    meta.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toEqual([
      ['template_version', TEMPLATE_VERSION],
      ['unit', '850'],
      ['unit_name', 'Huyện Duyên Hải'],
      ['period', '2024-2025'],
      ['generated_at', '2025-06-01T08:00:00.000Z'],
      ['sheet', 'Mẫu giáo', 'mau_giao'],
      ['sheet', 'THCS', 'thcs'],
    ]);
  });

  test('shows figures already entered so the file can be edited and imported again', async () => {
    const request = planTemplateRequest(['tieu_hoc'], [
      { indicator: 'dropout_rate', level: 'tieu_hoc', disaggregation: null, value: 0.4, numerator: 12, denominator: 3000, source: 'Báo cáo tổng kết', status: 'approved', version: 4 },
    ]);
    const workbook = await reopen(buildTemplate(request));
    const row = lineOf(workbook.getWorksheet('Tiểu học') as ExcelJS.Worksheet, 'dropout_rate');
    expect([7, 8, 9, 10, 11, 13].map((column) => row.getCell(column).value)).toEqual([0.4, 12, 3000, 'Báo cáo tổng kết', 'Đã duyệt', 4]);
  });

  test('marks pre-filled illustrative figures and puts a banner on their sheet only', async () => {
    const figure = { level: 'tieu_hoc' as const, disaggregation: null, numerator: null, denominator: null, status: 'draft' as const, version: 1 };
    const request = planTemplateRequest(['tieu_hoc', 'thcs'], [
      { ...figure, indicator: 'dropout_rate', value: 0.7, source: 'Số liệu minh họa do máy sinh', illustrative: true },
      { ...figure, indicator: 'enrolment_count', value: 3000, source: 'Báo cáo tổng kết', illustrative: false },
      { ...figure, level: 'thcs', indicator: 'enrolment_count', value: 2400, source: 'Báo cáo tổng kết' },
    ]);
    const workbook = await reopen(buildTemplate(request));
    const primary = workbook.getWorksheet('Tiểu học') as ExcelJS.Worksheet;
    const lower = workbook.getWorksheet('THCS') as ExcelJS.Worksheet;
    expect(primary.getCell('A3').value).toBe(ILLUSTRATIVE_BANNER);
    expect(ILLUSTRATIVE_BANNER).toContain('Số liệu minh họa: các giá trị đánh dấu là số liệu do máy sinh ra để trình diễn, không phải số liệu thật.');
    expect(ILLUSTRATIVE_BANNER).toContain('Illustrative figures');
    expect(lower.getCell('A3').value).toBeNull();
    expect(lineOf(primary, 'dropout_rate').getCell(14).value).toBe(ILLUSTRATIVE_MARK);
    expect(lineOf(primary, 'enrolment_count').getCell(14).value).toBeNull();
    expect(lineOf(primary, 'repetition_rate').getCell(14).value).toBeNull();
    expect(lineOf(lower, 'enrolment_count').getCell(14).value).toBeNull();
    expect(lineOf(primary, 'dropout_rate').getCell(7).value).toBe(0.7);
  });
});
