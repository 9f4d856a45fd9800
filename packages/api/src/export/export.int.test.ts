import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
  const response = await app.graphql<{ observationSave: { userErrors: unknown[] } }>(
    'mutation ($input: ObservationSaveInput!) { observationSave(input: $input) { userErrors { code } } }',
    { input: { figures: [{ unit: '850', indicator: 'dropout_rate', level: 'THCS', period: '2024-2025/HK2', value: 0.7, source: 'Báo cáo, "bản nháp"' }] } },
    as.duyenHai,
  );
  expect(response.body.data?.observationSave.userErrors).toEqual([]);
});
afterAll(() => app.close());

function csvLines(text: string): string[] {
  return text.split('\r\n').filter(Boolean);
}

describe('bulk export by province and period', () => {
  test('writes CSV in UTF-8 with a BOM and Vietnamese headers; the public gets published figures only', async () => {
    const response = await app.fetch('/export/figures.csv?province=84&period=2024-2025');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="so-lieu-84-2024-2025.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csvLines(bytes.toString('utf8').slice(1));
    expect(lines[0]).toMatch(/^Mã đơn vị,Tên đơn vị,Kỳ báo cáo,Cấp học,Mã chỉ số,Chỉ số,/);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.includes(',Đã công bố,'))).toBe(true);
    expect(lines.slice(1).every((line) => /^8\d\d?,/.test(line))).toBe(true);
  });

  test('adds the unpublished figures of its province for an officer of the province', async () => {
    const anonymous = csvLines(await (await app.fetch('/export/figures.csv?province=84&period=2024-2025/HK2')).text());
    const officer = csvLines(await (await app.fetch('/export/figures.csv?province=84&period=2024-2025/HK2', { headers: as.traVinh })).text());
    expect(anonymous).toHaveLength(1);
    expect(officer).toHaveLength(2);
    expect(officer[1]).toContain('850,Huyện Duyên Hải,2024-2025/HK2,Trung học cơ sở,dropout_rate,');
    expect(officer[1]).toContain('"Báo cáo, ""bản nháp""",Bản nháp,1,Không,');
    const other = csvLines(await (await app.fetch('/export/figures.csv?province=84&period=2024-2025/HK2', { headers: as.hoChiMinh })).text());
    expect(other).toHaveLength(1);
  });

  test('writes the same figures as an Excel workbook', async () => {
    const response = await app.fetch('/export/figures.xlsx?province=84&period=2024-2025/HK2', { headers: as.traVinh });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell('A2').value).toBe('Mã đơn vị');
    expect(sheet.getCell('A4').value).toBe('850');
    expect(sheet.getCell('I4').value).toBe(0.7);
  });

  test.each([
    ['/export/figures.csv?province=84&period=2024/25', 400],
    ['/export/figures.csv?province=850&period=2024-2025', 404],
  ])('answers %s with %i', async (path, status) => {
    expect((await app.fetch(path)).status).toBe(status);
  });

  test('answers 401, not an anonymous export, to a bad token', async () => {
    expect((await app.fetch('/export/figures.csv?province=84&period=2024-2025', { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
  });
});
