import { findIndicator, parseLevel as parseLevelOf, type Disaggregation, type Indicator } from '@edu-vn/domain';
import { disaggregationLabel, parseDisaggregation as parseDisaggregationOf } from './disaggregation-label.js';
import type { FigureColumnKey } from './figure-columns.js';
import type { FigureEntry } from './figure-entry.js';
import { cellIssue, type CellLocation, type ImportIssue } from './import-issue.js';
import type { RawFigureFile, RawRecord, RawSheet } from './raw-figure-file.js';
import { readCellNumber } from './read-cell-number.js';
import { memoByText } from './memo-by-text.js';
import { periodKeyError as periodKeyErrorOf } from './period-key-error.js';
import { readStatusChoice as readStatusChoiceOf } from './read-status-choice.js';

const parseLevel = memoByText(parseLevelOf);
const parseDisaggregation = memoByText(parseDisaggregationOf);
const periodKeyError = memoByText(periodKeyErrorOf);
const readStatusChoice = memoByText(readStatusChoiceOf);

/** Columns whose presence in a row means someone entered a figure there; a template line without them is skipped. */
const FIGURE_FIELDS: readonly FigureColumnKey[] = ['value', 'numerator', 'denominator'];

function text(record: RawRecord, key: FigureColumnKey): string {
  return record.cells[key]?.text ?? '';
}

interface RowContext {
  sheet: RawSheet;
  record: RawRecord;
  issues: ImportIssue[];
}

function at(context: RowContext, key: FigureColumnKey): CellLocation {
  const column = context.record.cells[key]?.column ?? context.sheet.columns[key] ?? null;
  return { sheet: context.sheet.name, kind: context.sheet.kind, row: context.record.row, column };
}

function error(context: RowContext, key: FigureColumnKey, code: string, vi: string, en: string): void {
  context.issues.push(cellIssue('error', at(context, key), key, code, vi, en));
}

function readNumberField(context: RowContext, key: 'value' | 'numerator' | 'denominator'): number | null | undefined {
  const number = readCellNumber(context.record.cells[key]);
  if (number === undefined) {
    const shown = text(context.record, key);
    error(context, key, 'not_a_number', `«${shown}» không phải là số.`, `"${shown}" is not a number.`);
  }
  return number;
}

function readIndicator(context: RowContext): Indicator | undefined {
  const code = text(context.record, 'indicator');
  if (code === '') {
    error(context, 'indicator', 'indicator_missing', 'thiếu mã chỉ số.', 'the indicator code is missing.');
    return undefined;
  }
  const indicator = findIndicator(code);
  if (!indicator) error(context, 'indicator', 'unknown_indicator', `không có chỉ số mã «${code}» trong danh mục.`, `there is no indicator "${code}" in the catalogue.`);
  return indicator;
}

function readBreakdown(context: RowContext, indicator: Indicator): Disaggregation | null | undefined {
  const written = text(context.record, 'breakdown');
  const disaggregation = parseDisaggregation(written);
  if (disaggregation === undefined) {
    error(context, 'breakdown', 'unknown_breakdown', `không hiểu phân tổ «${written}» (ví dụ: «Tổng số», «Nữ», «Dân tộc thiểu số», «Lớp 6»).`,
      `unknown breakdown "${written}" (e.g. "Total", "Female", "Ethnic minority", "Grade 6").`);
    return undefined;
  }
  if (disaggregation !== null && !(indicator.disaggregations ?? []).includes(disaggregation.by)) {
    error(context, 'breakdown', 'breakdown_not_allowed', `chỉ số «${indicator.nameVi}» không phân tổ theo «${disaggregationLabel(disaggregation)}».`,
      `indicator "${indicator.nameEn}" has no breakdown "${disaggregationLabel(disaggregation, 'en')}".`);
    return undefined;
  }
  return disaggregation;
}

/** The column letters of a row's fields; a row whose cells sit under the sheet's headers (every CSV row) shares the sheet's. */
function columnsOf(sheet: RawSheet, record: RawRecord): Partial<Record<FigureColumnKey, string>> {
  const cells = Object.entries(record.cells) as [FigureColumnKey, { column: string }][];
  if (cells.every(([key, cell]) => sheet.columns[key] === cell.column)) return sheet.columns;
  return { ...sheet.columns, ...Object.fromEntries(cells.map(([key, cell]) => [key, cell.column])) };
}

function readEntry(context: RowContext): FigureEntry | null {
  const { record, sheet } = context;
  if (!FIGURE_FIELDS.some((key) => record.cells[key] !== undefined)) return null;
  const before = context.issues.length;

  const indicator = readIndicator(context);
  const unitId = text(record, 'unit') || sheet.defaults.unit || '';
  if (unitId === '') error(context, 'unit', 'unit_missing', 'thiếu mã đơn vị.', 'the unit code is missing.');
  const period = text(record, 'period') || sheet.defaults.period || '';
  if (period === '') error(context, 'period', 'period_missing', 'thiếu kỳ báo cáo (ví dụ «2024-2025»).', 'the period is missing (e.g. "2024-2025").');
  const periodError = period === '' ? null : periodKeyError(period);
  if (periodError) error(context, 'period', periodError.code, periodError.detailVi, periodError.detailEn);

  const levelText = text(record, 'level') || sheet.defaults.level || '';
  const level = parseLevel(levelText);
  if (level === null) {
    error(context, 'level', levelText === '' ? 'level_missing' : 'unknown_level', levelText === '' ? 'thiếu cấp học.' : `không hiểu cấp học «${levelText}».`,
      levelText === '' ? 'the level is missing.' : `unknown level "${levelText}".`);
  }
  const disaggregation = indicator ? readBreakdown(context, indicator) : undefined;

  let value = readNumberField(context, 'value');
  const numerator = readNumberField(context, 'numerator');
  const denominator = readNumberField(context, 'denominator');
  if (value === null && indicator?.unit === 'percent' && typeof numerator === 'number' && typeof denominator === 'number' && denominator > 0) {
    value = Math.round((10_000 * 100 * numerator) / denominator) / 10_000;
  }
  if (value === null) {
    error(context, 'value', 'value_missing', 'thiếu giá trị (với tỷ lệ, có thể chỉ nhập tử số và mẫu số).', 'the value is missing (for a rate, numerator and denominator alone will do).');
  }

  const statusText = text(record, 'status');
  const status = readStatusChoice(statusText);
  if (status === undefined) {
    error(context, 'status', 'unknown_status', `«${statusText}» không phải là lựa chọn (chọn «Bản nháp» hoặc «Gửi duyệt»).`,
      `"${statusText}" is not a choice (choose «Bản nháp», draft, or «Gửi duyệt», submit).`);
  }

  const version = readCellNumber(record.cells.version);
  if (version === undefined || (typeof version === 'number' && !Number.isInteger(version))) {
    error(context, 'version', 'invalid_version', 'phiên bản phải là số nguyên; đừng sửa cột này.', 'the version must be a whole number; leave this column as it is.');
  }

  if (context.issues.length > before || !indicator || level === null || disaggregation === undefined || typeof value !== 'number') return null;
  if (numerator === undefined || denominator === undefined) return null;
  return {
    location: { sheet: sheet.name, kind: sheet.kind, row: record.row, column: null },
    columns: columnsOf(sheet, record),
    unitId,
    period,
    level,
    indicator,
    disaggregation,
    value,
    numerator,
    denominator,
    source: text(record, 'source') || null,
    submit: status === 'submit',
    reason: text(record, 'reason') || null,
    version: typeof version === 'number' ? version : null,
  };
}

/** A sheet without a value column holds no figures: one issue for the sheet rather than one per row. */
export function hasValueColumn(sheet: RawSheet, issues: ImportIssue[]): boolean {
  if (sheet.columns.value !== undefined || sheet.columns.numerator !== undefined) return true;
  issues.push(cellIssue('error', { sheet: sheet.name, kind: sheet.kind, row: null, column: null }, 'file', 'value_column_missing',
    'không có cột «Giá trị».', 'there is no "Value" column.'));
  return false;
}

/** Turns one row into a typed figure, or null (with its issues added) when it holds none or cannot be read. */
export function interpretRecord(sheet: RawSheet, record: RawRecord, issues: ImportIssue[]): FigureEntry | null {
  return readEntry({ sheet, record, issues });
}

/** Turns the rows of a file into typed figures, with an issue for every cell that cannot be read. */
export function interpretRecords(file: RawFigureFile): { entries: FigureEntry[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [...file.issues];
  const entries: FigureEntry[] = [];
  for (const sheet of file.sheets) {
    if (!hasValueColumn(sheet, issues)) continue;
    for (const record of sheet.records) {
      const entry = interpretRecord(sheet, record, issues);
      if (entry) entries.push(entry);
    }
  }
  return { entries, issues };
}

