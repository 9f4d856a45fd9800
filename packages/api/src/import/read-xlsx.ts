import ExcelJS from 'exceljs';
import { cellIssue, type ImportIssue } from './import-issue.js';
import { FIRST_DATA_ROW, META_SHEET, TEMPLATE_VERSION } from './figure-sheet-layout.js';
import { findHeader } from './find-header.js';
import type { FigureColumnKey } from './figure-columns.js';
import type { RawCell, RawFigureFile, RawRecord, RawSheet, SheetDefaults } from './raw-figure-file.js';

/** The text and number of a cell, whatever Excel stored: a number, text, rich text, a formula's result or a date. */
function cellContent(value: ExcelJS.CellValue): { text: string; number: number | null } {
  if (value === null || value === undefined) return { text: '', number: null };
  if (typeof value === 'number') return { text: String(value), number: value };
  if (typeof value === 'string') return { text: value.trim(), number: null };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', number: null };
  if (value instanceof Date) return { text: value.toISOString(), number: null };
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('').trim(), number: null };
  if ('result' in value) return cellContent((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value && typeof value.text === 'string') return { text: value.text.trim(), number: null };
  if ('error' in value) return { text: String(value.error), number: null };
  return { text: '', number: null };
}

function rowTexts(sheet: ExcelJS.Worksheet, row: number): string[] {
  const texts: string[] = [];
  sheet.getRow(row).eachCell({ includeEmpty: false }, (cell, column) => {
    texts[column - 1] = cellContent(cell.value).text;
  });
  return Array.from({ length: texts.length }, (_, index) => texts[index] ?? '');
}

interface Metadata {
  version: string | null;
  unit?: string;
  period?: string;
  levels: Map<string, string>;
}

function readMetadata(workbook: ExcelJS.Workbook): Metadata | null {
  const sheet = workbook.getWorksheet(META_SHEET);
  if (!sheet) return null;
  const metadata: Metadata = { version: null, levels: new Map() };
  sheet.eachRow((row) => {
    const [key, first, second] = [1, 2, 3].map((column) => cellContent(row.getCell(column).value).text);
    if (key === 'template_version') metadata.version = first ?? null;
    else if (key === 'unit' && first) metadata.unit = first;
    else if (key === 'period' && first) metadata.period = first;
    else if (key === 'sheet' && first && second) metadata.levels.set(first, second);
  });
  return metadata;
}

function readSheet(sheet: ExcelJS.Worksheet, defaults: SheetDefaults, issues: ImportIssue[]): RawSheet | null {
  const top = Array.from({ length: Math.max(FIRST_DATA_ROW, 10) }, (_, index) => rowTexts(sheet, index + 1));
  const header = findHeader(top);
  if (!header) {
    if (sheet.actualRowCount > 0) {
      issues.push(
        cellIssue('error', { sheet: sheet.name, kind: 'sheet', row: null, column: null }, 'file', 'header_missing',
          'không tìm thấy dòng tiêu đề có cột «Mã chỉ số» ở 10 dòng đầu.',
          'no header row with an "Indicator code" column in the first 10 rows.'),
      );
    }
    return null;
  }
  const records: RawRecord[] = [];
  const positions = Object.entries(header.positions) as [FigureColumnKey, number][];
  for (let row = header.firstDataRow; row <= sheet.rowCount; row += 1) {
    const excelRow = sheet.getRow(row);
    const cells: Partial<Record<FigureColumnKey, RawCell>> = {};
    let filled = false;
    for (const [key, position] of positions) {
      const content = cellContent(excelRow.getCell(position).value);
      if (content.text === '') continue;
      cells[key] = { ...content, column: header.columns[key] ?? '' };
      filled = true;
    }
    if (filled) records.push({ row, cells });
  }
  return { name: sheet.name, kind: 'sheet', columns: header.columns, defaults, records };
}

/**
 * Reads an .xlsx workbook: the template's hidden metadata (district, period, level of each sheet) when present, then
 * every visible sheet's rows under its header row.
 */
export async function readXlsx(fileName: string, bytes: Uint8Array): Promise<RawFigureFile> {
  const workbook = new ExcelJS.Workbook();
  const issues: ImportIssue[] = [];
  const fileLocation = { sheet: fileName, kind: 'file' as const, row: null, column: null };
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    issues.push(cellIssue('error', fileLocation, 'file', 'unreadable_file', 'không đọc được tệp Excel (.xlsx).', 'the file cannot be read as an Excel workbook (.xlsx).'));
    return { fileName, format: 'xlsx', templateVersion: null, sheets: [], issues };
  }
  const metadata = readMetadata(workbook);
  if (metadata && metadata.version !== TEMPLATE_VERSION) {
    issues.push(
      cellIssue('error', { sheet: META_SHEET, kind: 'sheet', row: 1, column: 'B' }, 'file', 'unknown_template_version',
        `biểu mẫu phiên bản «${metadata.version ?? ''}» không được hỗ trợ (cần «${TEMPLATE_VERSION}»); hãy tải biểu mẫu mới.`,
        `template version "${metadata.version ?? ''}" is not supported (expected "${TEMPLATE_VERSION}"); download a new template.`),
    );
  }
  const sheets: RawSheet[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.name === META_SHEET || sheet.state !== 'visible') continue;
    const defaults: SheetDefaults = {};
    if (metadata?.unit) defaults.unit = metadata.unit;
    if (metadata?.period) defaults.period = metadata.period;
    const level = metadata?.levels.get(sheet.name);
    if (level) defaults.level = level;
    const read = readSheet(sheet, defaults, issues);
    if (read) sheets.push(read);
  }
  return { fileName, format: 'xlsx', templateVersion: metadata?.version ?? null, sheets, issues };
}
