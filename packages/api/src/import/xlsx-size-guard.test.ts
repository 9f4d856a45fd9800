import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { xlsxZipBomb } from '../hardening/zip-bomb.js';
import { refuseOversizedXlsx, XLSX_LIMITS } from './xlsx-size-guard.js';

async function workbook(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Tiểu học');
  for (let row = 1; row <= rows; row += 1) sheet.addRow(['in_age_attendance_rate', 'Tỷ lệ huy động trẻ đúng độ tuổi', row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const rule = (bytes: Uint8Array) => refuseOversizedXlsx('bom.xlsx', bytes)?.issues.map((issue) => issue.code);

describe('the unpacked size of an uploaded workbook', () => {
  test('a real workbook of 5,000 rows passes', async () => {
    expect(refuseOversizedXlsx('so-lieu.xlsx', await workbook(5_000))).toBeNull();
  });

  test('a bomb declaring 2 GiB is refused from its directory, naming the file, in both languages', () => {
    const bomb = xlsxZipBomb({ sheets: 2, mibPerSheet: 1024, honest: true });
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const started = performance.now();
    const refused = refuseOversizedXlsx('bom.xlsx', bomb);
    expect(performance.now() - started).toBeLessThan(500);
    expect(refused?.issues).toEqual([
      expect.objectContaining({
        code: 'xlsx_too_large',
        severity: 'error',
        messageVi: 'Tệp «bom.xlsx»: tệp Excel bung ra 2048 MB, tối đa 100 MB; có thể là «bom nén» (zip bomb).',
        messageEn: 'File "bom.xlsx": the Excel file unpacks to 2048 MB, at most 100 MB; it may be a zip bomb.',
      }),
    ]);
  });

  test('a bomb that lies about its sizes is caught at the declared size, without unpacking the gigabyte', () => {
    const bomb = xlsxZipBomb({ sheets: 1, mibPerSheet: 1024, honest: false });
    const started = performance.now();
    expect(rule(bomb)).toEqual(['unreadable_file']);
    expect(performance.now() - started).toBeLessThan(500);
  });

  test.each([
    ['cut after 100 bytes', (bytes: Buffer) => bytes.subarray(0, 100)],
    ['cut before its last byte', (bytes: Buffer) => bytes.subarray(0, bytes.length - 1)],
    ['only the zip signature', () => Buffer.from('PK\u0003\u0004')],
    ['a directory pointing past the end', (bytes: Buffer) => {
      const copy = Buffer.from(bytes);
      copy.writeUInt32LE(copy.length + 10, copy.length - 6);
      return copy;
    }],
  ])('a workbook %s is unreadable', async (_name, damage) => {
    expect(rule(damage(await workbook(10)))).toEqual(['unreadable_file']);
  });

  test('an archive with more entries than a workbook ever has is refused', async () => {
    const bytes = Buffer.from(await workbook(1));
    const copy = Buffer.from(bytes);
    copy.writeUInt16LE(XLSX_LIMITS.maxEntries + 1, copy.length - 12);
    expect(rule(copy)).toEqual(['xlsx_too_large']);
  });

  test('a ZIP64 archive is refused', async () => {
    const copy = Buffer.from(await workbook(1));
    copy.writeUInt16LE(0xffff, copy.length - 12);
    expect(rule(copy)).toEqual(['xlsx_too_large']);
  });
});
