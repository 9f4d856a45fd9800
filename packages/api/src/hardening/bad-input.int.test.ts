import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { IMPORT_BODY_LIMIT } from '../import/import-routes.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { BILINGUAL } from './bilingual.js';
import { figureChecksum, type FigureChecksum } from './figure-checksum.js';
import { xlsxZipBomb } from './zip-bomb.js';

/**
 * Bad files and hostile values, generated (fast-check, fixed seed, bounded runs) and hand-made, through the real
 * HTTP server. Each is refused with an error in both languages, naming the row and column where it is in a file, and
 * the figure tables are exactly as they were.
 */
const SEED = 20_261_123;
const RUNS = { bytes: 150, truncated: 100, rows: 300, injection: 200 } as const;
const HEADER = 'Mã đơn vị,Kỳ báo cáo,Cấp học,Mã chỉ số,Giá trị,Tử số,Mẫu số';
const COLUMNS = { unit: 'A', period: 'B', level: 'C', indicator: 'D', value: 'E', numerator: 'F', denominator: 'G' } as const;
const GOOD_RATE = ['850', '2019-2020', 'Tiểu học', 'in_age_attendance_rate', '95', '', ''];
const GOOD_COUNT = ['850', '2019-2020', 'THCS', 'enrolment_count', '2400', '', ''];
const LEAK = /\bat [\w.<>]+ \(|\.[jt]s:\d+|node_modules|\/work\/|\/tmp\/|\bselect\b[^]*\bfrom\b|\binsert into\b|syntax error at or near|relation "|ECONN|postgres|kysely|stack/i;

interface ImportAnswer {
  status: number;
  applied?: boolean;
  issues?: { severity: string; row: number | null; column: string | null; rule: string; messageVi: string; messageEn: string }[];
  errors?: { message: string; extensions?: { code?: string } }[];
}

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;
let before: FigureChecksum;
const tried: Record<string, number> = {};

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
  before = await figureChecksum(app.orm);
});
afterAll(async () => {
  console.info(`bad input tried: ${JSON.stringify(tried)}`);
  await app.close();
});

async function upload(bytes: Buffer | Uint8Array, { dryRun = false, fileName = 'nhap.csv' } = {}): Promise<ImportAnswer> {
  const response = await app.fetch(`/import?fileName=${encodeURIComponent(fileName)}&dryRun=${dryRun}`, {
    method: 'POST',
    headers: { ...as.duyenHai, 'content-type': 'application/octet-stream' },
    body: bytes,
  });
  const text = await response.text();
  expect(text).not.toMatch(LEAK);
  return { status: response.status, ...(JSON.parse(text) as Omit<ImportAnswer, 'status'>) };
}

/** A refused import: nothing applied, and at least one error in both languages (or a request error in both). */
function expectRefused(answer: ImportAnswer): void {
  expect(answer.status).toBeLessThan(500);
  expect(answer.applied ?? false).toBe(false);
  const errors = answer.issues?.filter((issue) => issue.severity === 'error') ?? [];
  if (answer.errors) {
    expect(answer.errors[0]?.message).toMatch(BILINGUAL);
    return;
  }
  expect(errors.length).toBeGreaterThan(0);
  for (const issue of errors) expect(`${issue.messageVi} / ${issue.messageEn}`).toMatch(BILINGUAL);
}

const csv = (rows: readonly (readonly string[])[]) => Buffer.from(`${HEADER}\n${rows.map((row) => row.join(',')).join('\n')}\n`, 'utf8');
const count = (name: string) => {
  tried[name] = (tried[name] ?? 0) + 1;
};

describe('generated bad files', { timeout: 180_000 }, () => {
  test(`${RUNS.bytes} random byte strings are refused`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 4096 }), fc.uint8Array({ maxLength: 4096 }).map((bytes) => Buffer.concat([Buffer.from('PK\u0003\u0004'), bytes]))), fc.boolean(), async (bytes, dryRun) => {
        count('random bytes');
        expectRefused(await upload(bytes, { dryRun, fileName: 'ngau-nhien.xlsx' }));
      }),
      { seed: SEED, endOnFailure: true, numRuns: RUNS.bytes },
    );
    expect(tried['random bytes']).toBe(RUNS.bytes);
  });

  test(`${RUNS.truncated} truncations of a valid workbook are refused`, async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Số liệu');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(GOOD_RATE);
    sheet.addRow(GOOD_COUNT);
    const whole = Buffer.from(await book.xlsx.writeBuffer());
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: whole.length - 1 }), async (length) => {
        count('truncated xlsx');
        expectRefused(await upload(whole.subarray(0, Math.max(1, length)), { fileName: 'cat-cut.xlsx' }));
      }),
      { seed: SEED, endOnFailure: true, numRuns: RUNS.truncated },
    );
  });

  /** One value that breaks a rule, the column it belongs to, and the row it replaces a good value in. */
  const badCell = fc.oneof(
    fc.double({ min: 100.0001, max: 1e12, noNaN: true }).map((value) => ({ kind: 'rate over 100', row: GOOD_RATE, column: 'value' as const, text: String(value) })),
    fc.integer({ min: -1e9, max: -1 }).map((value) => ({ kind: 'negative count', row: GOOD_COUNT, column: 'value' as const, text: String(value) })),
    fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e400', '-1e400', '0x1F', '12abc', '1,2,3', '٣').map((text) => ({ kind: 'not a finite number', row: GOOD_COUNT, column: 'value' as const, text })),
    fc.constantFrom('=cmd|\' /C calc\'!A0', '=1+1', '+1+1', '@SUM(A1)', '=HYPERLINK("http://x.invalid")').map((text) => ({ kind: 'formula', row: GOOD_RATE, column: 'value' as const, text })),
    fc.stringMatching(/^[0-9]{6,9}$/).map((text) => ({ kind: 'unknown unit', row: GOOD_RATE, column: 'unit' as const, text })),
    fc.stringMatching(/^[a-z]{4,12}_(rate|count|ratio)$/).map((text) => ({ kind: 'unknown indicator', row: GOOD_RATE, column: 'indicator' as const, text })),
    fc.constantFrom('Đại học', 'cao đẳng', 'L13', 'THPT chuyên').map((text) => ({ kind: 'unknown level', row: GOOD_RATE, column: 'level' as const, text })),
    fc.oneof(
      fc.integer({ min: 1000, max: 1899 }).map((year) => `${year}-${year + 1}`),
      fc.integer({ min: 2101, max: 9998 }).map((year) => `${year}-${year + 1}`),
      fc.integer({ min: 1990, max: 2030 }).map((year) => `${year}-${year + 2}`),
      fc.constantFrom('2024-2025/HK3', '2024/13', '2024-2025/HK0', 'năm ngoái', '0000-0001'),
    ).map((text) => ({ kind: 'period out of range', row: GOOD_RATE, column: 'period' as const, text })),
  );

  test(`${RUNS.rows} files with one bad row among good ones are refused, naming that row and column, and write nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(badCell, fc.integer({ min: 0, max: 2 }), fc.boolean(), async (bad, position, dryRun) => {
        count(bad.kind);
        const badRow = [...bad.row];
        badRow[Object.keys(COLUMNS).indexOf(bad.column)] = /[",]/.test(bad.text) ? `"${bad.text.replace(/"/g, '""')}"` : bad.text;
        const good = [GOOD_RATE, GOOD_COUNT, ['850', '2019-2020', 'THCS', 'repetition_rate', '1.2', '36', '3000']].filter((row) => row !== bad.row);
        const rows = [...good.slice(0, position), badRow, ...good.slice(position)];
        const answer = await upload(csv(rows), { dryRun });
        expectRefused(answer);
        const line = position + 2;
        const named = answer.issues?.filter((issue) => issue.severity === 'error' && issue.row === line && issue.column === COLUMNS[bad.column]) ?? [];
        expect(named, `${bad.kind} "${bad.text}" on line ${line}: ${JSON.stringify(answer.issues)}`).not.toHaveLength(0);
        expect(named[0]?.messageVi).toContain(`dòng ${line}`);
        expect(named[0]?.messageEn).toContain(`row ${line}`);
      }),
      { seed: SEED, endOnFailure: true, numRuns: RUNS.rows },
    );
    expect(await figureChecksum(app.orm)).toEqual(before);
  });
});

describe('hand-made bad files', { timeout: 60_000 }, () => {
  const rows = `${GOOD_RATE.join(',')}\n`;
  test.each([
    ['UTF-16LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n${rows}`, 'utf16le')]), 'not_utf8'],
    ['UTF-16BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${HEADER}\n${rows}`, 'utf16le').swap16()]), 'not_utf8'],
    ['Windows-1258 bytes', Buffer.from([...Buffer.from('M'), 0xe3, ...Buffer.from(' '), 0xf0, 0xf5, 0x6e, ...Buffer.from(` v\u1ecb\n${rows}`, 'latin1')]), 'not_utf8'],
    ['Latin-1 bytes', Buffer.from(`Mã đơn vị,Kỳ báo cáo\n${rows}`, 'latin1'), 'not_utf8'],
    ['a CSV with an unterminated quote', Buffer.from(`${HEADER}\n"850,2019-2020,Tiểu học,in_age_attendance_rate,95\n`), 'malformed_csv'],
    ['a CSV without the indicator column', Buffer.from('Mã đơn vị,Giá trị\n850,95\n'), 'header_missing'],
    ['a CSV with a NUL character in an indicator code', Buffer.from(`${HEADER}\n850,2019-2020,Tiểu học,in_age_attendance_rate\u0000,95,,\n`), 'nul_character'],
    ['a CSV with a NUL character in its source', Buffer.from(`${HEADER},Nguồn số liệu\n850,2019-2020,Tiểu học,in_age_attendance_rate,95,,,Sở\u0000GD\n`), 'nul_character'],
    ['a CSV of 100,000 commas', Buffer.from(`${HEADER}\n${','.repeat(100_000)}\n`), 'malformed_csv'],
    ['an empty zip archive', Buffer.from('PK\u0005\u0006'.padEnd(22, '\u0000'), 'latin1'), 'no_figures'],
  ])('%s is refused', async (_name, bytes, rule) => {
    for (const dryRun of [true, false]) {
      const answer = await upload(bytes, { dryRun });
      expectRefused(answer);
      if (rule) expect(answer.issues?.map((issue) => issue.rule)).toContain(rule);
    }
  });

  test('an empty body is refused', async () => {
    expectRefused(await upload(Buffer.alloc(0)));
  });

  test(`a file over ${IMPORT_BODY_LIMIT} is refused with 413, naming the limit`, async () => {
    const answer = await upload(Buffer.alloc(21 * 1024 * 1024, 0x41));
    expect(answer.status).toBe(413);
    expect(answer.errors?.[0]?.message).toMatch(BILINGUAL);
    expect(answer.errors?.[0]?.message).toMatch(/20 ?mb/i);
  });

  test.each([
    ['declares 2 GiB', { sheets: 2, mibPerSheet: 1024, honest: true }, 'xlsx_too_large'],
    ['claims a kilobyte per sheet but holds 2 GiB', { sheets: 2, mibPerSheet: 1024, honest: false }, 'unreadable_file'],
  ])('a zip bomb in an .xlsx that %s is refused without unpacking it', async (_name, shape, rule) => {
    const bomb = xlsxZipBomb(shape);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const memory = process.memoryUsage().rss;
    const started = performance.now();
    const answer = await upload(bomb, { fileName: 'bom.xlsx' });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(process.memoryUsage().rss - memory).toBeLessThan(200 * 1024 * 1024);
    expectRefused(answer);
    expect(answer.issues?.map((issue) => issue.rule)).toEqual([rule]);
    expect(answer.issues?.[0]?.messageVi).toMatch(/^Tệp «bom\.xlsx»: /);
  });

  test('a formula typed into a workbook cell is read as its text, never run, and refused as a value', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Số liệu');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(GOOD_RATE);
    sheet.getCell('E2').value = { formula: 'cmd|\' /C calc\'!A0' } as ExcelJS.CellFormulaValue;
    const answer = await upload(Buffer.from(await book.xlsx.writeBuffer()), { fileName: 'cong-thuc.xlsx' });
    expectRefused(answer);
  });

  test('none of the bad files changed a figure', async () => {
    expect(await figureChecksum(app.orm)).toEqual(before);
  });
});

describe('injection through GraphQL filters, variables and cursors', { timeout: 180_000 }, () => {
  const hostile = fc.oneof(
    fc.constantFrom("' or '1'='1", "'; drop table observation; --", '" or ""="', '1; select pg_sleep(5)', "\\'", '%', '_', '*/ select 1 /*', 'null', '$1', '{}', '[]', '\u202e', '𝒳'.repeat(100)),
    fc.string({ unit: 'binary', maxLength: 64 }),
    fc.string({ minLength: 5_000, maxLength: 20_000 }),
    fc.string({ maxLength: 32 }).map((text) => `${text}\u0000${text}`),
  );
  const QUERIES = [
    ['filter', 'query ($v: String!) { observations(first: 5, filter: { indicators: [$v], periods: [$v] }) { totalCount } }'],
    ['unit filter', 'query ($v: ID!) { observations(first: 5, filter: { units: [$v], province: $v }) { totalCount } }'],
    ['cursor', 'query ($v: String!) { observations(first: 5, after: $v) { totalCount nodes { id } } }'],
    ['id', 'query ($v: ID!) { unit(id: $v) { name } observation(id: $v) { id } }'],
    ['unit cursor', 'query ($v: String!) { units(first: 5, after: $v) { totalCount } }'],
  ] as const;

  test(`${RUNS.injection} hostile strings in variables are answered as client errors or empty results, without internals`, async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom(...QUERIES), async (value, [name, query]) => {
        count(`graphql ${name}`);
        const response = await app.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { v: value } }) });
        const text = await response.text();
        expect(response.status, text).toBeLessThan(500);
        expect(text).not.toMatch(LEAK);
        const body = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
        for (const error of body.errors ?? []) {
          expect(error.extensions?.code, text).not.toBe('INTERNAL_SERVER_ERROR');
          expect(error.message).toMatch(BILINGUAL);
        }
      }),
      { seed: SEED, endOnFailure: true, numRuns: RUNS.injection },
    );
  });

  test(`${RUNS.injection} hostile strings in the export and template addresses are refused without internals`, async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom('export province', 'export period', 'template unit', 'template period'), async (value, where) => {
        count(where);
        const encoded = encodeURIComponent(value);
        const path = {
          'export province': `/export/figures.csv?province=${encoded}&period=2024-2025`,
          'export period': `/export/figures.csv?province=84&period=${encoded}`,
          'template unit': `/import/template.xlsx?unit=${encoded}&period=2024-2025`,
          'template period': `/import/template.xlsx?unit=850&period=${encoded}`,
        }[where];
        const response = await app.fetch(path, { headers: as.duyenHai });
        const text = await response.text();
        // Node refuses a request line over its 16 kB header limit itself, with 431 and no body.
        expect(response.status, text).toBeGreaterThanOrEqual(400);
        expect(response.status, text).toBeLessThan(500);
        expect(text).not.toMatch(LEAK);
        if (response.status === 431) expect(text).toBe('');
        else expect((JSON.parse(text) as { errors: { message: string }[] }).errors[0]?.message).toMatch(BILINGUAL);
      }),
      { seed: SEED, endOnFailure: true, numRuns: RUNS.injection },
    );
    expect(await figureChecksum(app.orm)).toEqual(before);
  });
});
