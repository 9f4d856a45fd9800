import { describe, expect, test } from 'vitest';
import type { RawRecord } from './raw-figure-file.js';
import { MAX_LINE_BYTES, readCsv } from './read-csv.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const HEADER = 'Mã đơn vị,Kỳ báo cáo,Cấp học,Mã chỉ số,Giá trị';

describe('readCsv handing rows over as they are parsed', () => {
  test.each([
    ['a header on the first line', `${HEADER}\n`],
    ['a title and blank cells above the header', `Số liệu năm học 2024-2025,,,,\n,,,,\n${HEADER}\n`],
    ['Vietnamese then English headers', `${HEADER}\nUnit code,Period,Level,Indicator code,Value\n`],
  ])('gives the same rows, with their line numbers, as reading the whole file, for %s', (_name, top) => {
    const lines = Array.from({ length: 25 }, (_, index) => `850,2024-2025,tieu_hoc,enrolment_count,${1000 + index}`);
    const bytes = utf8(`\uFEFF${top.replaceAll('\n', '\r\n')}${lines.join('\r\n')}\r\n`);
    const whole = readCsv('f.csv', bytes);
    const handed: RawRecord[] = [];
    const streamed = readCsv('f.csv', bytes, (record) => handed.push(record));
    expect(whole.issues).toEqual([]);
    expect(streamed.issues).toEqual([]);
    expect(whole.sheets[0]?.records).toHaveLength(25);
    expect(handed).toEqual(whole.sheets[0]?.records);
    expect(streamed.sheets[0]?.records).toEqual([]);
    expect(handed[0]?.row).toBe(top.split('\n').length);
  });

  test.each([
    ['no header in the top lines', Array.from({ length: 20 }, () => 'a,b,c').join('\n'), 'header_missing'],
    ['an unclosed quote', `${HEADER}\n850,2024-2025,tieu_hoc,enrolment_count,"12\n`, 'malformed_csv'],
    ['bytes that are not UTF-8', '', 'not_utf8'],
    ['a line longer than the limit', `${HEADER}\n${','.repeat(MAX_LINE_BYTES + 1)}\n`, 'malformed_csv'],
  ])('refuses a file with %s and hands nothing over', (_name, text, code) => {
    const bytes = code === 'not_utf8' ? new Uint8Array([0x4d, 0xe3, 0x20, 0xff]) : utf8(text);
    const handed: RawRecord[] = [];
    const file = readCsv('bad.csv', bytes, (record) => handed.push(record));
    expect(file.issues.map((issue) => issue.code)).toEqual([code]);
    expect(file.sheets).toEqual([]);
    if (code !== 'malformed_csv') expect(handed).toEqual([]);
  });
});
