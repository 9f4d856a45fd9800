import { describe, expect, test } from 'vitest';
import { AdminUnitDataError } from './admin-unit-data-error.js';
import { readCsvRecords } from './csv-records.js';

describe('readCsvRecords', () => {
  test('readCsvRecords reads fields by header name with their line numbers', () => {
    const records = readCsvRecords('x.csv', 'a,b\n1,2\n\n3,\n', ['a', 'b']);
    expect(records.map((r) => [r.line, r.get('a'), r.get('b')])).toEqual([
      [2, '1', '2'],
      [4, '3', ''],
    ]);
  });

  test.each([
    ['"Xã Ea D\'Rơng, Cư M\'gar",1', 'Xã Ea D\'Rơng, Cư M\'gar'],
    ['"say ""hi""",1', 'say "hi"'],
    ['"",1', ''],
  ])('readCsvRecords unquotes %j', (line, expected) => {
    expect(readCsvRecords('x.csv', `a,b\n${line}`, ['a', 'b'])[0]?.get('a')).toBe(expected);
  });

  test('readCsvRecords rejects a wrong header naming the file and line in both languages', () => {
    expect(() => readCsvRecords('units.csv', 'id,name\n', ['id', 'ten'])).toThrow(
      'units.csv, dòng 1: tiêu đề phải là "id,ten", nhận được "id,name" / units.csv, line 1: header must be "id,ten", got "id,name"',
    );
  });

  test.each([
    ['1,2,3', 'has 3 fields, expected 2'],
    ['"1,2', 'unterminated quoted field'],
    ['"1"x,2', 'unexpected text after a quoted field'],
  ])('readCsvRecords rejects the row %j', (line, message) => {
    const read = () => readCsvRecords('x.csv', `a,b\n${line}\n`, ['a', 'b']);
    expect(read).toThrow(AdminUnitDataError);
    expect(read).toThrow(`x.csv, line 2: ${message}`);
  });
});
