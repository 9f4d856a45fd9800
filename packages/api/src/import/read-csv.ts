import { parse } from 'csv-parse/sync';
import { columnLetter, type FigureColumnKey } from './figure-columns.js';
import { findHeader } from './find-header.js';
import { cellIssue, type ImportIssue } from './import-issue.js';
import type { RawCell, RawFigureFile, RawRecord } from './raw-figure-file.js';

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter of the header line: Excel writes ";" where the decimal mark is a comma, "," elsewhere. */
function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
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
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

interface ParsedLine {
  record: string[];
  info: { lines: number };
}

/** Reads a CSV file (UTF-8, with or without BOM; comma, semicolon or tab separated) whose first line names the columns. */
export function readCsv(fileName: string, bytes: Uint8Array): RawFigureFile {
  const issues: ImportIssue[] = [];
  const location = { sheet: fileName, kind: 'file' as const, row: null, column: null };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    issues.push(cellIssue('error', location, 'file', 'not_utf8', 'tệp CSV không phải mã UTF-8; hãy lưu lại với «CSV UTF-8».', 'the CSV file is not UTF-8; save it again as "CSV UTF-8".'));
    return { fileName, format: 'csv', templateVersion: null, sheets: [], issues };
  }
  let lines: ParsedLine[];
  try {
    lines = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: true, info: true, trim: true }) as unknown as ParsedLine[];
  } catch (caught) {
    const line = (caught as { lines?: number }).lines ?? null;
    issues.push(
      cellIssue('error', { ...location, row: line }, 'file', 'malformed_csv', `tệp CSV sai định dạng (${(caught as Error).message}).`, `the CSV file is malformed (${(caught as Error).message}).`),
    );
    return { fileName, format: 'csv', templateVersion: null, sheets: [], issues };
  }
  const header = findHeader(lines.slice(0, 10).map((line) => line.record));
  if (!header) {
    issues.push(cellIssue('error', { ...location, row: 1 }, 'file', 'header_missing', 'dòng đầu không có cột «Mã chỉ số».', 'the first line has no "Indicator code" column.'));
    return { fileName, format: 'csv', templateVersion: null, sheets: [], issues };
  }
  const headerLines = header.firstDataRow - 1;
  const positions = Object.entries(header.positions) as [FigureColumnKey, number][];
  const records: RawRecord[] = [];
  for (const line of lines.slice(headerLines)) {
    const cells: Partial<Record<FigureColumnKey, RawCell>> = {};
    for (const [key, position] of positions) {
      const value = unescapeFormula(line.record[position - 1]?.trim() ?? '');
      if (value !== '') cells[key] = { text: value, number: null, column: columnLetter(position) };
    }
    if (Object.keys(cells).length > 0) records.push({ row: line.info.lines, cells });
  }
  return { fileName, format: 'csv', templateVersion: null, sheets: [{ name: fileName, kind: 'file', columns: header.columns, defaults: {}, records }], issues };
}
