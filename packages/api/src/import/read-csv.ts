import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import { columnLetter, type FigureColumnKey } from './figure-columns.js';
import { findHeader, HEADER_SEARCH_ROWS } from './find-header.js';
import { cellIssue, type ImportIssue } from './import-issue.js';
import type { RawCell, RawFigureFile, RawRecord, RawSheet } from './raw-figure-file.js';

const DELIMITERS = [',', ';', '\t'] as const;

/** How much of the file the delimiter is guessed from: the header line is far shorter. */
const FIRST_LINE_BYTES = 64 * 1024;

/** The delimiter of the header line: Excel writes ";" where the decimal mark is a comma, "," elsewhere. */
function detectDelimiter(bytes: Uint8Array): string {
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, FIRST_LINE_BYTES)).replace(/^\uFEFF/, '');
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = outsideQuotes.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** The exports put an apostrophe before text a spreadsheet would run as a formula; reading it back removes it. */
function unescapeFormula(text: string): string {
  return text.charCodeAt(0) === 39 && /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

function toRecord(cells: readonly string[], row: number, positions: readonly (readonly [FigureColumnKey, number, string])[]): RawRecord | null {
  const record: Partial<Record<FigureColumnKey, RawCell>> = {};
  let found = false;
  for (const [key, position, column] of positions) {
    const value = unescapeFormula(cells[position - 1]?.trim() ?? '');
    if (value !== '') {
      record[key] = { text: value, number: null, column };
      found = true;
    }
  }
  return found ? { row, cells: record } : null;
}

/** The longest line a figure file may have, in bytes: a figure's line is a few hundred; megabytes of commas would hold the server up parsing. */
export const MAX_LINE_BYTES = 10_000;

/** The number (from 1) of the first line longer than MAX_LINE_BYTES, or null. */
function firstOverlongLine(buffer: Buffer): number | null {
  let start = 0;
  for (let line = 1; start < buffer.length; line += 1) {
    const end = buffer.indexOf(0x0a, start);
    const stop = end === -1 ? buffer.length : end;
    if (stop - start > MAX_LINE_BYTES) return line;
    start = stop + 1;
  }
  return null;
}

/**
 * Reads a CSV file (UTF-8, with or without BOM; comma, semicolon or tab separated) whose first line names the columns.
 * With `onRecord`, each data row is handed over as soon as it is parsed and not kept, so a large file is never held
 * as rows in memory; without it, the rows are collected in the sheet.
 */
export function readCsv(fileName: string, bytes: Uint8Array, onRecord?: (record: RawRecord, sheet: RawSheet) => void): RawFigureFile {
  const issues: ImportIssue[] = [];
  const location = { sheet: fileName, kind: 'file' as const, row: null, column: null };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isUtf8(buffer)) {
    issues.push(cellIssue('error', location, 'file', 'not_utf8', 'tệp CSV không phải mã UTF-8; hãy lưu lại với «CSV UTF-8».', 'the CSV file is not UTF-8; save it again as "CSV UTF-8".'));
    return { fileName, format: 'csv', templateVersion: null, sheets: [], issues };
  }
  const overlong = firstOverlongLine(buffer);
  if (overlong !== null) {
    issues.push(
      cellIssue('error', { ...location, row: overlong }, 'file', 'malformed_csv', `dòng ${overlong} dài hơn ${MAX_LINE_BYTES} byte.`, `line ${overlong} is longer than ${MAX_LINE_BYTES} bytes.`),
    );
    return { fileName, format: 'csv', templateVersion: null, sheets: [], issues };
  }
  const top: { record: string[]; row: number }[] = [];
  const state: { sheet: RawSheet | null; positions: [FigureColumnKey, number, string][] } = { sheet: null, positions: [] };
  const take = (cells: string[], row: number) => {
    const { sheet } = state;
    const record = sheet ? toRecord(cells, row, state.positions) : null;
    if (!record || !sheet) return;
    if (onRecord) onRecord(record, sheet);
    else sheet.records.push(record);
  };
  const settleHeader = (): void => {
    const header = findHeader(top.slice(0, HEADER_SEARCH_ROWS).map((line) => line.record));
    if (header) {
      state.sheet = { name: fileName, kind: 'file', columns: header.columns, defaults: {}, records: [] };
      state.positions = (Object.entries(header.positions) as [FigureColumnKey, number][]).map(([key, position]) => [key, position, columnLetter(position)]);
      for (const line of top.slice(header.firstDataRow - 1)) take(line.record, line.row);
    }
    top.length = 0;
  };
  let settled = false;
  try {
    parse(buffer, {
      bom: true,
      delimiter: detectDelimiter(bytes),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      on_record: (record: string[], context) => {
        if (settled) {
          take(record, context.lines);
          return null;
        }
        top.push({ record, row: context.lines });
        if (top.length === HEADER_SEARCH_ROWS + 1) settled = true;
        if (settled) settleHeader();
        return null;
      },
    });
  } catch (caught) {
    const line = (caught as { lines?: number }).lines ?? null;
    issues.push(
      cellIssue('error', { ...location, row: line }, 'file', 'malformed_csv', `tệp CSV sai định dạng (${(caught as Error).message}).`, `the CSV file is malformed (${(caught as Error).message}).`),
    );
    return { fileName, format: 'csv', templateVersion: null, sheets: [], issues };
  }
  if (!settled) settleHeader();
  if (!state.sheet) return headerMissing(fileName, issues);
  return { fileName, format: 'csv', templateVersion: null, sheets: [state.sheet], issues };
}

function headerMissing(fileName: string, issues: ImportIssue[]): RawFigureFile {
  issues.push(cellIssue('error', { sheet: fileName, kind: 'file', row: 1, column: null }, 'file', 'header_missing', 'dòng đầu không có cột «Mã chỉ số».', 'the first line has no "Indicator code" column.'));
  return { fileName, format: 'csv', templateVersion: null, sheets: [], issues };
}
