import { describe, expect, test } from 'vitest';
import { interpretRecords } from './interpret-records.js';
import { readFigureFile } from './read-figure-file.js';
import { fillTemplate, rowOf, templateFile } from './template-fixture.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readFigureFile on a filled template', () => {
  test('reads the figures typed into the template with the district, period and level of its sheet', async () => {
    const filled = await fillTemplate(await templateFile(['tieu_hoc']), 'Tiểu học', {
      dropout_rate: { G: 0.4, H: 12, I: 3000, J: 'Báo cáo tổng kết năm học', K: 'Gửi duyệt' },
      enrolment_count: { G: 3000 },
    });
    const { entries, issues } = interpretRecords(await readFigureFile('tra-cu.xlsx', filled));
    expect(issues).toEqual([]);
    expect(entries.map((entry) => [entry.indicator.code, entry.unitId, entry.period, entry.level, entry.value, entry.numerator, entry.denominator, entry.source, entry.submit])).toEqual([
      ['enrolment_count', '850', '2024-2025', 'tieu_hoc', 3000, null, null, null, false],
      ['dropout_rate', '850', '2024-2025', 'tieu_hoc', 0.4, 12, 3000, 'Báo cáo tổng kết năm học', true],
    ]);
  });

  test('skips template lines nobody filled', async () => {
    const { entries, issues } = interpretRecords(await readFigureFile('blank.xlsx', await templateFile(['thcs'])));
    expect(entries).toEqual([]);
    expect(issues).toEqual([]);
  });

  test('names the sheet, row and column of a cell it cannot read, in Vietnamese and English', async () => {
    const template = await templateFile(['tieu_hoc']);
    const filled = await fillTemplate(template, 'Tiểu học', { dropout_rate: { G: 'khoảng 1', K: 'Đã xong' } });
    const row = await rowOf(template, 'Tiểu học', 'dropout_rate');
    const { issues } = interpretRecords(await readFigureFile('bad.xlsx', filled));
    expect(issues.map(({ sheet, row, column, code }) => ({ sheet, row, column, code }))).toEqual([
      { sheet: 'Tiểu học', row, column: 'G', code: 'not_a_number' },
      { sheet: 'Tiểu học', row, column: 'K', code: 'unknown_status' },
    ]);
    expect(issues[0]?.messageVi).toBe(`Trang «Tiểu học», dòng ${row}, cột G: «Giá trị»: «khoảng 1» không phải là số.`);
    expect(issues[0]?.messageEn).toBe(`Sheet "Tiểu học", row ${row}, column G: "Value": "khoảng 1" is not a number.`);
  });

  test('refuses a file that is neither a workbook nor a CSV with headers', async () => {
    const { issues } = interpretRecords(await readFigureFile('notes.txt', utf8('hello\nworld\n')));
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([['header_missing', 1]]);
  });

  test('refuses a workbook that cannot be opened', async () => {
    const { issues } = interpretRecords(await readFigureFile('broken.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])));
    expect(issues.map((issue) => issue.code)).toEqual(['unreadable_file']);
  });
});

describe('readFigureFile on CSV', () => {
  const header = 'Mã đơn vị,Kỳ báo cáo,Cấp học,Mã chỉ số,Phân tổ,Giá trị,Tử số,Mẫu số,Nguồn số liệu,Trạng thái';

  test('reads a UTF-8 file with BOM, Vietnamese numbers and labels', async () => {
    const csv = `\uFEFF${header}\n850,2024-2025,Tiểu học,dropout_rate,Tổng số,"0,4",12,3000,Báo cáo,Gửi duyệt\n850,2024-2025,THCS,enrolment_count,,"2.350",,,,\n`;
    const { entries, issues } = interpretRecords(await readFigureFile('figures.csv', utf8(csv)));
    expect(issues).toEqual([]);
    expect(entries.map((entry) => [entry.indicator.code, entry.level, entry.value, entry.submit, entry.location.row])).toEqual([
      ['dropout_rate', 'tieu_hoc', 0.4, true, 2],
      ['enrolment_count', 'thcs', 2350, false, 3],
    ]);
  });

  test('reads semicolon-separated files as Excel saves them where the decimal mark is a comma', async () => {
    const csv = `${header.replaceAll(',', ';')}\n850;2024-2025;tieu_hoc;dropout_rate;;0,4;;;;\n`;
    const { entries, issues } = interpretRecords(await readFigureFile('semicolon.csv', utf8(csv)));
    expect(issues).toEqual([]);
    expect(entries.map((entry) => entry.value)).toEqual([0.4]);
  });

  test('accepts English headers and works out a rate from numerator and denominator', async () => {
    const csv = 'unit,period,level,indicator,numerator,denominator,value\n850,2024-2025,tieu_hoc,dropout_rate,12,3000,\n';
    const { entries, issues } = interpretRecords(await readFigureFile('english.csv', utf8(csv)));
    expect(issues).toEqual([]);
    expect(entries[0]?.value).toBe(0.4);
  });

  test.each([
    ['850,2024-2025,Tiểu học,no_such_indicator,,1,,,,', 'D', 'unknown_indicator'],
    ['850,2024-2025,Đại học,dropout_rate,,1,,,,', 'C', 'unknown_level'],
    [',2024-2025,Tiểu học,dropout_rate,,1,,,,', 'A', 'unit_missing'],
    ['850,,Tiểu học,dropout_rate,,1,,,,', 'B', 'period_missing'],
    ['850,2024-2025,Tiểu học,dropout_rate,Người cao tuổi,1,,,,', 'E', 'unknown_breakdown'],
    ['850,2024-2025,Tiểu học,dropout_rate,,,12,,,', 'F', 'value_missing'],
    ['850,2024-2025,Tiểu học,dropout_rate,,abc,,,,', 'F', 'not_a_number'],
  ])('names the column of %s', async (line, column, code) => {
    const { entries, issues } = interpretRecords(await readFigureFile('rows.csv', utf8(`${header}\n${line}\n`)));
    expect(entries).toEqual([]);
    expect(issues.map((issue) => [issue.sheet, issue.row, issue.column, issue.code])).toEqual([['rows.csv', 2, column, code]]);
    expect(issues[0]?.messageVi).toMatch(/^Tệp «rows\.csv», dòng 2, cột [A-F]: «/);
  });

  test('refuses a file that is not UTF-8', async () => {
    const { issues } = interpretRecords(await readFigureFile('latin1.csv', new Uint8Array([0x4d, 0xe3, 0x20, 0x63, 0x68, 0xff])));
    expect(issues.map((issue) => issue.code)).toEqual(['not_utf8']);
  });
});
