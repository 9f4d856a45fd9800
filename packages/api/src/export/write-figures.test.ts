import { describe, expect, test } from 'vitest';
import { interpretRecords } from '../import/interpret-records.js';
import { readFigureFile } from '../import/read-figure-file.js';
import type { ExportFigure } from './export-figure.js';
import { csvLine, writeFiguresCsv } from './write-csv.js';
import { writeFiguresXlsx } from './write-xlsx.js';

const FIGURES: ExportFigure[] = [
  {
    unitId: '850',
    unitName: 'Huyện Duyên Hải',
    period: '2024-2025',
    level: 'tieu_hoc',
    indicator: 'dropout_rate',
    indicatorName: 'Tỷ lệ học sinh bỏ học',
    measure: 'percent',
    disaggregation: null,
    value: 0.4,
    numerator: 12,
    denominator: 3000,
    source: 'Báo cáo tổng kết, "số 12"',
    status: 'published',
    revision: 2,
    illustrative: false,
    updatedAt: new Date('2025-06-20T03:00:00Z'),
    version: 5,
  },
  {
    unitId: '850',
    unitName: 'Huyện Duyên Hải',
    period: '2024-2025',
    level: 'mau_giao',
    indicator: 'mobilisation_rate',
    indicatorName: 'Tỷ lệ huy động trẻ đến trường',
    measure: 'percent',
    disaggregation: { by: 'ethnicity', value: 'minority' },
    value: 91.25,
    numerator: null,
    denominator: null,
    source: '=HYPERLINK("x")',
    status: 'approved',
    revision: 1,
    illustrative: true,
    updatedAt: new Date('2025-06-21T03:00:00Z'),
    version: 1,
  },
];

describe('writeFiguresCsv', () => {
  test('starts with a BOM and Vietnamese headers, so Excel opens Vietnamese text correctly', () => {
    const csv = writeFiguresCsv(FIGURES);
    expect(csv.startsWith('\uFEFFMã đơn vị,Tên đơn vị,Kỳ báo cáo,Cấp học,Mã chỉ số,Chỉ số,Phân tổ,Đơn vị tính,Giá trị,')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  test('writes one CRLF line per figure with quoted text and plain numbers', () => {
    const lines = writeFiguresCsv(FIGURES).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      '850,Huyện Duyên Hải,2024-2025,Tiểu học,dropout_rate,Tỷ lệ học sinh bỏ học,Tổng số,%,0.4,12,3000,"Báo cáo tổng kết, ""số 12""",Đã công bố,2,Không,2025-06-20T03:00:00.000Z,5',
    );
  });

  test.each([
    ['=1+1', "'=1+1"],
    ['+84 912', "'+84 912"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-5', "'-5"],
    [' padded', '" padded"'],
  ])('keeps spreadsheets from running the text %j as a formula', (text, field) => {
    expect(csvLine([text])).toBe(`${field}\r\n`);
  });

  test('can be imported again: the importer reads back the same figures', async () => {
    const { entries, issues } = interpretRecords(await readFigureFile('export.csv', new TextEncoder().encode(writeFiguresCsv(FIGURES))));
    expect(issues).toEqual([]);
    expect(entries.map((entry) => [entry.unitId, entry.period, entry.level, entry.indicator.code, entry.disaggregation, entry.value, entry.numerator, entry.denominator, entry.submit, entry.version])).toEqual([
      ['850', '2024-2025', 'tieu_hoc', 'dropout_rate', null, 0.4, 12, 3000, false, 5],
      ['850', '2024-2025', 'mau_giao', 'mobilisation_rate', { by: 'ethnicity', value: 'minority' }, 91.25, null, null, false, 1],
    ]);
    expect(entries[1]?.source).toBe('=HYPERLINK("x")');
  });
});

describe('writeFiguresXlsx', () => {
  test('writes a workbook the importer reads back with the same figures', async () => {
    const bytes = await writeFiguresXlsx(FIGURES, { vi: 'Số liệu tỉnh Trà Vinh, năm học 2024-2025', en: 'Trà Vinh province, school year 2024-2025' });
    const { entries, issues } = interpretRecords(await readFigureFile('export.xlsx', bytes));
    expect(issues).toEqual([]);
    expect(entries.map((entry) => [entry.location.sheet, entry.location.row, entry.indicator.code, entry.value, entry.source])).toEqual([
      ['Số liệu', 4, 'dropout_rate', 0.4, 'Báo cáo tổng kết, "số 12"'],
      ['Số liệu', 5, 'mobilisation_rate', 91.25, '=HYPERLINK("x")'],
    ]);
  });
});
